// What the pool and its workers say to each other (structured-cloned: plain data only).
import type { Doc } from "../doc.js";
import type { RawDocument, SkippedInput } from "../ingest/raw-document.js";
import type { EventRecord } from "../records/event-record.js";
import type { CleanOptions, CleanResult } from "../stages/clean/index.js";

export type ExtractTask = { kind: "clean"; raw: RawDocument; options: CleanOptions } | { kind: "annotate"; doc: Doc };

export type AnnotateResult = { doc: Doc; events: EventRecord[] } | { skipped: SkippedInput };

export type ExtractReply = { ready: true } | { result: CleanResult | AnnotateResult };
