// Where POST /api/documents writes: `sitrep serve` hands every write to a worker thread with its own connection
// (start-write-worker.ts), so extracting and merging a report never holds up the reads on the server's thread.
// A store only this connection can open (":memory:") and the route tests write here instead, one at a time.
import type { ExtractPool } from "../extract/extract-pool.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import type { Store } from "../store/store.js";
import type { PostedReport } from "./read-report.js";
import type { StoredReport } from "./write-report.js";

export type ReportWriter = {
  /** Stores the report whole or not at all; rejects with an HttpError or a SitrepError the app maps. */
  write(report: PostedReport): Promise<StoredReport>;
  /** The sample reports (serve --samples on a new store), in turn with the writes; resolves with their events. */
  loadSamples(): Promise<number>;
  /** Finishes or abandons the write in hand (nothing of an abandoned one is kept); the worker refuses later writes. */
  close(): Promise<void>;
};

/** The writer in this thread, one write at a time as in the worker, so two posts never interleave; its code (the
 * pipeline, ingest, the merge) is loaded only when the first write comes. */
export function writeInThisThread(store: Store, pool: ExtractPool, policy: AddressPolicy): ReportWriter {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(write: () => Promise<T>): Promise<T> => {
    const next = last.then(write, write);
    last = next.catch(() => {});
    return next;
  };
  return {
    write: (report) =>
      inTurn(async () => (await import("./write-report.js")).writeReport(store, pool, report, { policy })),
    loadSamples: () => inTurn(async () => (await import("../load-samples.js")).loadSamples(store, pool)),
    close: async () => void (await last),
  };
}
