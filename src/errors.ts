// One error type with a stable code, the stage and the document it happened in.
export type ErrorCode =
  | "bad-usage"
  | "bad-input"
  | "not-found"
  | "stage-failed"
  | "pipeline-invalid"
  | "store-failed"
  // The store's own faults, each with what to do (src/store/store-faults.ts).
  | "store-full"
  | "store-read-only"
  | "store-busy"
  | "store-unreachable";

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly stage?: string;
  readonly documentId?: string;

  constructor(
    code: ErrorCode,
    message: string,
    context: { stage?: string; documentId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: context.cause });
    this.name = "SitrepError";
    this.code = code;
    this.stage = context.stage;
    this.documentId = context.documentId;
  }
}
