// One worker merges while it lives. Each worker keeps the links of its merges (merge/link-cache.ts), and a cache
// only knows the window reads of its own merges: with two workers taking turns, each merge found again the links of
// whatever the other's merges had read, and two workers spent more merge CPU a document than one (bench/RESULTS.md,
// workers, sessions 17 and 18). So the merge task is run by the worker that holds this advisory lock, on a
// connection of its own; the others only ingest, and try the lock again every few seconds, so that when the
// merger dies (its connection ends with it) another takes the merges up. The lock decides nothing about
// correctness: merges stay one at a time by their queue and merge-lock.ts, and two mergers at once (a connection
// lost and the lock taken by another meanwhile) only cost a cache's misses.
import pg from "pg";

/** An arbitrary constant, beside merge-lock.ts's. */
const MERGER_LOCK = 7_117_018;
/** How often a worker without the merges asks for them: a dead merger's merges wait about this long, plus the time
 * its locked job takes to be reclaimed (reclaim-jobs.ts). */
export const MERGER_RETRY_MS = 2000;

export type MergerClaim = {
  /** Whether this worker holds the merges now. */
  held(): boolean;
  /** Asks again (when not held); true when it was taken now. */
  retry(): Promise<boolean>;
  release(): Promise<void>;
};

export async function claimMerger(url: string): Promise<MergerClaim> {
  let isHeld = false;
  let client: pg.Client | undefined;
  // A lost connection frees the lock (this worker's merge runner goes on, and another worker may then merge too,
  // which only costs a cache's misses); the next ask connects again, so a restarted server leaves a merger.
  const connect = async () => {
    const fresh = new pg.Client({ connectionString: url });
    fresh.on("error", () => {
      if (client === fresh) client = undefined;
    });
    await fresh.connect();
    return fresh;
  };
  const ask = async () => {
    if (isHeld) return false;
    client ??= await connect();
    const { rows } = await client.query<{ taken: boolean }>("select pg_try_advisory_lock($1) as taken", [MERGER_LOCK]);
    isHeld = rows[0].taken;
    return isHeld;
  };
  await ask();
  return {
    held: () => isHeld,
    retry: ask,
    async release() {
      isHeld = false;
      await client?.end().catch(() => {});
    },
  };
}
