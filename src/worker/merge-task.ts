// The merge job. Merges of one partition (merge/merge-partition.ts: a country, or the whole store) run one at a time
// (its queue, and an advisory lock against merges outside it); merges of two countries run at once, and a merge of the
// whole store runs alone. Each used to re-cluster the whole connected block of its events (now mostly the incidents
// near them: merge/join-new-events.ts), and with one merge job per document, two workers stored documents faster than
// one merger could merge them (200 invented reports stored, 164 merges still queued), so a second worker added
// nothing. A merge job therefore takes up every merge job waiting behind it in its queue: one update for all their
// documents, the same incidents (whatever the order), and the jobs taken up are marked done only after it, so a merge
// killed half-way leaves them queued to run again.
import type { Task, WorkerUtils } from "graphile-worker";
import type pg from "pg";
import { clearLinkCache, createLinkCache } from "../merge/link-cache.js";
import { checkPartition, findPartition, LeftPartition, splitAtBorder, WHOLE_STORE } from "../merge/merge-partition.js";
import { MERGE_SETTINGS } from "../merge/merge-settings.js";
import { updateIncidents } from "../merge/update-incidents.js";
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { JOB_ATTEMPTS, type MergeJob, mergeQueueOf } from "./jobs.js";
import { isOtherWorkerExtracting, MERGE_DEFER_MS, MERGE_DEFERRALS } from "./merge-timing.js";

/** At most this many waiting merge jobs are taken up by one: a bound on one merge's size and time. */
const MERGE_BATCH = 500;

/** Runs `run` holding the partition's lock (WHOLE_STORE: every partition's). */
export type MergeLock = <T>(partition: string, run: () => Promise<T>) => Promise<T>;

export function mergeTask(pool: pg.Pool, store: Store, utils: WorkerUtils, withMergeLock: MergeLock): Task {
  // This worker's items and links from one merge to the next (merge/link-cache.ts).
  const links = createLinkCache(MERGE_SETTINGS);
  return async (payload, helpers) => {
    const first = payload as MergeJob;
    const deferrals = first.deferrals ?? 0;
    if (deferrals < MERGE_DEFERRALS && (await isOtherWorkerExtracting(pool, helpers.job.locked_by))) {
      // Queued again, for the other worker's last merge to take up (merge-timing.ts); this job is then done.
      await utils.addJob(
        "merge",
        { ...first, deferrals: deferrals + 1 },
        {
          queueName: mergeQueueOf(first.partition),
          runAt: new Date(Date.now() + MERGE_DEFER_MS),
          maxAttempts: JOB_ATTEMPTS.merge,
          priority: helpers.job.priority,
        },
      );
      return;
    }
    const partition = first.partition ?? WHOLE_STORE;
    const cpu = process.cpuUsage();
    let waiting: WaitingMerge[] = [];
    let removed: string[] = [];
    // The seeds left for a merge holding the whole store.
    let crossing: EventRecord[] = [];
    try {
      await withMergeLock(partition, async () => {
        waiting = await listWaitingMerges(pool, mergeQueueOf(first.partition));
        const jobs = [first, ...waiting.map((w) => w.payload)];
        removed = [...new Set(jobs.flatMap((job) => job.removed ?? []))];
        const seeds = await listSeeds(pool, jobs);
        // Events removed may come back as they were: links kept from before would not know them.
        if (removed.length > 0) clearLinkCache(links);
        if (partition === WHOLE_STORE) return updateIncidents(store, seeds, MERGE_SETTINGS, { removed, links });
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
      helpers.logger.info(`merge: ${error.message}; merging again holding the whole store`);
    }
    if (crossing.length > 0) {
      helpers.logger.info(`merge: ${crossing.length} events of ${partition} merged holding the whole store`);
      await withMergeLock(WHOLE_STORE, () => updateIncidents(store, crossing, MERGE_SETTINGS, { removed }));
    }
    if (waiting.length > 0) await utils.completeJobs(waiting.map((w) => w.id));
    helpers.logger.info(describeMerge([first, ...waiting.map((w) => w.payload)], process.cpuUsage(cpu)));
  };
}

/** "merge: 128 documents in 16 jobs, 900 ms of CPU", read by bench/worker-profile.ts. The process's CPU, extraction
 * included: with one job in hand (the default) it has none to do meanwhile. */
function describeMerge(jobs: MergeJob[], cpu: NodeJS.CpuUsage): string {
  const documents = new Set(jobs.flatMap((job) => job.documentIds)).size;
  return `merge: ${documents} documents in ${jobs.length} jobs, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU`;
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

type WaitingMerge = { id: string; payload: MergeJob };

/** Merge jobs of this queue queued and not running (a queue runs one job at a time: none but this one is). The public
 * `graphile_worker.jobs` view has no payload, so this reads graphile-worker 0.17's tables (a schema it migrates). */
async function listWaitingMerges(pool: pg.Pool, queue: string): Promise<WaitingMerge[]> {
  const { rows } = await pool.query<WaitingMerge>(
    `select j.id::text, j.payload from graphile_worker._private_jobs j
     join graphile_worker._private_tasks t on t.id = j.task_id
     join graphile_worker._private_job_queues q on q.id = j.job_queue_id
     where t.identifier = 'merge' and q.queue_name = $1 and j.locked_at is null and j.attempts = 0
     order by j.id limit $2`,
    [queue, MERGE_BATCH],
  );
  return rows;
}
