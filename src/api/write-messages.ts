// What the server and its write worker say to each other (structured-cloned: plain data only), and the shared
// words (Int32Array over a SharedArrayBuffer) the worker keeps its phase in, read without waiting for a message.
import type { PoolSettings } from "../extract/extract-pool.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import type { PostedReport } from "./read-report.js";
import type { StoredReport } from "./write-report.js";

export type WorkerSettings = {
  /** --db: a SQLite file or a postgres:// URL, opened by the worker on a connection of its own. */
  location: string;
  policy: AddressPolicy;
  pool: PoolSettings;
  /** PHASE: what the worker is doing now (index PHASE of this array). */
  phase: Int32Array;
  /** Test hooks (write-worker.test.ts): see TEST_HOOK. */
  hooks?: Int32Array;
};

export type WriteTask = { kind: "write"; report: PostedReport } | { kind: "samples" };

/** An error that crossed from the worker: an HttpError keeps its status, a store fault its kind. */
export type FailedWrite = { status?: number; code: string; message: string; stack?: string };

export type WriteReply =
  | { ready: true }
  | { written: StoredReport }
  | { samples: number }
  | { failed: FailedWrite }
  /** The worker could not start (its store would not open): every queued write fails with this. */
  | { unstarted: FailedWrite };

export const PHASE = 0;
/** IDLE: no write in hand. READING: fetching or extracting, nothing written yet, so the write may be dropped at
 * once. WRITING: storing and merging, inside the report's transaction: a shutdown waits for it. */
export const PHASES = { idle: 0, reading: 1, writing: 2 } as const;

/** Index of each hook in `hooks`: set to 1 to arm it. A held write stays held until the test sets it back to 0. */
export const TEST_HOOK = {
  /** Blocks the worker thread inside the report's transaction, after the document is saved, before the merge. */
  holdBeforeMerge: 0,
  /** The merge throws. */
  failMerge: 1,
  /** Waits (asynchronously) before the document is annotated: a write still reading. */
  holdBeforeAnnotate: 2,
  /** Set by the worker to the hook's index + 1 when it reaches a hold. */
  reached: 3,
} as const;
