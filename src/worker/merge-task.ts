// The merge job. Merges of one partition (merge/merge-partition.ts: a country, or the whole store) run one at a time
// (its queue, and an advisory lock against merges outside it); merges of two countries run at once, and a merge of the
// whole store runs alone. Each used to re-cluster the whole connected block of its events (now mostly the incidents
// near them: merge/join-new-events.ts), and with one merge job per document, two workers stored documents faster than
// one merger could merge them (200 invented reports stored, 164 merges still queued), so a second worker added
// nothing. A merge job therefore takes up every merge job waiting behind it in its queue: one update for all their
// documents, the same incidents (whatever the order). The jobs taken up are locked by its worker and deleted only after
// it (merge-backlog.ts), so a merge that fails or is killed half-way leaves them queued to run again, and documents
// queued meanwhile are the next merge's backlog.
import type { JobHelpers, Task } from "graphile-worker";
import type pg from "pg";
import { checkPartition, findPartition, LeftPartition, splitAtBorder, WHOLE_STORE } from "../merge/merge-partition.js";
import { MERGE_SETTINGS } from "../merge/merge-settings.js";
import { updateIncidents } from "../merge/update-incidents.js";
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { type MergeJob, mergeQueueOf } from "./jobs.js";
import {
  completeTakenUp,
  releaseTakenUp,
  takeUpWaitingMerges,
  type WaitingMerge,
  waitForLastIngests,
} from "./merge-backlog.js";

/** Runs `run` holding the partition's lock (WHOLE_STORE: every partition's). */
export type MergeLock = <T>(partition: string, run: () => Promise<T>) => Promise<T>;

export function mergeTask(pool: pg.Pool, store: Store, withMergeLock: MergeLock): Task {
  return async (payload, helpers) => {
    const first = payload as MergeJob;
    const workerId = helpers.job.locked_by ?? "";
    let waiting: WaitingMerge[] = [];
    const waitedMs = await waitForLastIngests(pool, workerId);
    const cpu = process.cpuUsage();
    try {
      await mergeJobs(first, { pool, store, withMergeLock, logger: helpers.logger }, async () => {
        waiting = await takeUpWaitingMerges(pool, mergeQueueOf(first.partition), workerId);
        return waiting;
      });
    } catch (error) {
      await releaseTakenUp(pool, waiting, workerId);
      throw error;
    }
    await completeTakenUp(pool, waiting, workerId);
    // The process's CPU, extraction included: with one job in hand (the default) it has none to do meanwhile.
    const { user, system } = process.cpuUsage(cpu);
    const documents = new Set([first, ...waiting.map((w) => w.payload)].flatMap((job) => job.documentIds)).size;
    helpers.logger.info(
      `merge: ${documents} documents in ${1 + waiting.length} jobs, ${((user + system) / 1000).toFixed(0)} ms of CPU` +
        (waitedMs >= 100 ? `, after waiting ${waitedMs} ms for the last ingest jobs` : ""),
    );
  };
}

type MergeContext = { pool: pg.Pool; store: Store; withMergeLock: MergeLock; logger: JobHelpers["logger"] };

/** Merges the first job and the waiting ones `takeUp` locks once this merge holds its partition. */
async function mergeJobs(
  first: MergeJob,
  { pool, store, withMergeLock, logger }: MergeContext,
  takeUp: () => Promise<WaitingMerge[]>,
): Promise<void> {
  const partition = first.partition ?? WHOLE_STORE;
  let removed: string[] = [];
  // The seeds left for a merge holding the whole store.
  let crossing: EventRecord[] = [];
  try {
    await withMergeLock(partition, async () => {
      const waiting = await takeUp();
      const jobs = [first, ...waiting.map((w) => w.payload)];
      removed = [...new Set(jobs.flatMap((job) => job.removed ?? []))];
      const seeds = await listSeeds(pool, jobs);
      if (partition === WHOLE_STORE) return updateIncidents(store, seeds, MERGE_SETTINGS, { removed });
      // Seeds that link to an event of no country, which other countries' merges may be rewriting, wait for the
      // whole store; the rest are merged now.
      const split = await splitAtBorder(store, seeds, partition, MERGE_SETTINGS);
      crossing = seeds;
      await updateIncidents(store, split.inside, MERGE_SETTINGS, {
        meet: checkPartition(partition, MERGE_SETTINGS),
        neighbours: split.reader,
      });
      crossing = split.crossing;
    });
  } catch (error) {
    if (!(error instanceof LeftPartition)) throw error;
    // Met further on: all merged again (the same incidents; what the first try wrote is already right).
    logger.info(`merge: ${error.message}; merging again holding the whole store`);
  }
  if (crossing.length > 0) {
    logger.info(`merge: ${crossing.length} events of ${partition} merged holding the whole store`);
    await withMergeLock(WHOLE_STORE, () => updateIncidents(store, crossing, MERGE_SETTINGS, { removed }));
  }
}

/** The events the jobs ask to merge: their documents' events of the job's partition (all of them for a job with
 * none), read in one statement where one per document (500 in a large merge) was the start of each merge, which no
 * other worker can share; in the order `store.listEvents` gives each document's. */
async function listSeeds(pool: pg.Pool, jobs: MergeJob[]): Promise<EventRecord[]> {
  const wanted = new Map<string, Set<string | undefined>>();
  for (const job of jobs)
    for (const id of job.documentIds) wanted.set(id, (wanted.get(id) ?? new Set()).add(job.partition));
  const documentIds = [...wanted.keys()];
  const { rows } = await pool.query<{ document_id: string; record: string }>(
    `select s.document_id, e.record from events e join event_sources s on s.event_id = e.event_id
     where s.document_id = any($1::text[])
     order by array_position($1::text[], s.document_id), e.event_date, e.event_id`,
    [documentIds],
  );
  const seeds = new Map<string, EventRecord>();
  for (const row of rows) {
    const event = JSON.parse(row.record) as EventRecord;
    const partitions = wanted.get(row.document_id)!;
    if (partitions.has(undefined) || partitions.has(findPartition(event, MERGE_SETTINGS)))
      seeds.set(event.event_id, seeds.get(event.event_id) ?? event);
  }
  return [...seeds.values()];
}
