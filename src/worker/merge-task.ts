// The merge job. Merges run one at a time (the merge queue, and an advisory lock against merges outside it); each
// used to re-cluster the whole connected block of its events (now mostly the incidents near them: merge/
// join-new-events.ts), and with one merge job per document, two workers stored
// documents faster than one merger could merge them (200 invented reports stored, 164 merges still queued), so a
// second worker added nothing. A merge job therefore takes up every merge job waiting behind it: one block update
// for all their documents, the same incidents (whatever the order), and the
// jobs taken up are marked done only after it, so a merge killed half-way leaves them queued to run again.
import type { Task, WorkerUtils } from "graphile-worker";
import type pg from "pg";
import { updateIncidents } from "../merge/update-incidents.js";
import type { Store } from "../store/store.js";
import { MERGE_QUEUE, type MergeJob } from "./jobs.js";

/** At most this many waiting merge jobs are taken up by one: a bound on one merge's size and time. */
const MERGE_BATCH = 500;

export function mergeTask(pool: pg.Pool, store: Store, utils: WorkerUtils, withMergeLock: MergeLock): Task {
  return async (payload) => {
    await withMergeLock(async () => {
      const waiting = await listWaitingMerges(pool);
      const jobs = [payload as MergeJob, ...waiting.map((w) => w.payload)];
      const documentIds = [...new Set(jobs.flatMap((job) => job.documentIds))];
      const removed = [...new Set(jobs.flatMap((job) => job.removed ?? []))];
      const events = (await Promise.all(documentIds.map((documentId) => store.listEvents({ documentId })))).flat();
      await updateIncidents(store, events, undefined, { removed });
      if (waiting.length > 0) await utils.completeJobs(waiting.map((w) => w.id));
    });
  };
}

export type MergeLock = <T>(run: () => Promise<T>) => Promise<T>;

/** Merge jobs queued and not running (the merge queue runs one job at a time: none but this one is). The public
 * `graphile_worker.jobs` view has no payload, so this reads graphile-worker 0.17's tables (a schema it migrates). */
async function listWaitingMerges(pool: pg.Pool): Promise<{ id: string; payload: MergeJob }[]> {
  const { rows } = await pool.query<{ id: string; payload: MergeJob }>(
    `select j.id::text, j.payload from graphile_worker._private_jobs j
     join graphile_worker._private_tasks t on t.id = j.task_id
     join graphile_worker._private_job_queues q on q.id = j.job_queue_id
     where t.identifier = 'merge' and q.queue_name = $1 and j.locked_at is null and j.attempts = 0
     order by j.id limit $2`,
    [MERGE_QUEUE, MERGE_BATCH],
  );
  return rows;
}
