import type { SourceMeta } from "../doc.js";

/** What a source yields before cleaning: text or HTML plus whatever metadata came with it. */
export type RawDocument = {
  origin: string;
  kind: "text" | "html";
  content: string;
  meta: Partial<SourceMeta>;
};

/** An input the run could not use, kept with its reason so nothing disappears silently. */
export type SkippedInput = {
  origin: string;
  reason: SkipReason;
  detail: string;
};

export type SkipReason =
  | "empty"
  | "binary"
  | "invalid-encoding"
  | "too-large"
  | "unreadable"
  | "not-found"
  | "bad-jsonl"
  | "too-short"
  | "unsupported-type"
  | "failed";

export type IngestItem = { raw: RawDocument } | { skipped: SkippedInput };
