// Where POST /api/documents writes: `sitrep serve` hands every write to a worker thread with its own connection
// (start-write-worker.ts), so extracting and merging a report never holds up the reads on the server's thread.
// A store only this connection can open (":memory:") and the route tests write here instead, one at a time.

import type { ExtractPool } from "../extract/extract-pool.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import type { IngestCounts } from "../ingest-documents.js";
import type { publicDocument } from "../store/public-document.js";
import type { Store } from "../store/store.js";
import type { PostedReport } from "./read-report.js";

/** What POST /api/documents answers: the document that holds the report's text, how it ended, its events. */
export type StoredReport = {
  document: ReturnType<typeof publicDocument> | null;
  outcome: "stored" | "duplicate" | "skipped";
  reason: string | null;
  events: Awaited<ReturnType<Store["queryEvents"]>>["items"];
  counts: IngestCounts;
};

export type ReportWriter = {
  /** Stores the report whole or not at all; rejects with an HttpError or a SitrepError the app maps. */
  write(report: PostedReport): Promise<StoredReport>;
  /** The sample reports (serve --samples on a new store), in turn with the writes; resolves with their events. */
  loadSamples(): Promise<number>;
  /** Finishes or abandons the write in hand (nothing of an abandoned one is kept); later writes are refused. */
  close(): Promise<void>;
};

/** The writer in this thread, its code (the pipeline, ingest, the merge) loaded only when the first write comes. */
export function writeInThisThread(store: Store, pool: ExtractPool, policy: AddressPolicy): ReportWriter {
  let loaded: Promise<ReportWriter> | undefined;
  const writer = () =>
    (loaded ??= import("./write-report.js").then(({ createInlineWriter }) => createInlineWriter(store, pool, policy)));
  return {
    write: async (report) => (await writer()).write(report),
    loadSamples: async () => (await writer()).loadSamples(),
    close: async () => void (loaded && (await (await loaded).close())),
  };
}
