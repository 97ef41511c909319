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
import type { EventRecord } from "../records/event-record.js";
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
      const events = await listEventsOfDocuments(pool, documentIds);
      await updateIncidents(store, events, undefined, { removed });
      if (waiting.length > 0) await utils.completeJobs(waiting.map((w) => w.id));
    });
  };
}

/** The events of every document taken up, in one statement where one per document (500 in a large merge) was the
 * start of each merge, which no other worker can share; in the order `store.listEvents` gives each document's. */
async function listEventsOfDocuments(pool: pg.Pool, documentIds: string[]): Promise<EventRecord[]> {
  const { rows } = await pool.query<{ record: string }>(
    `select e.record from events e join event_sources s on s.event_id = e.event_id
     where s.document_id = any($1::text[])
     order by array_position($1::text[], s.document_id), e.event_date, e.event_id`,
    [documentIds],
  );
  return rows.map((row) => JSON.parse(row.record) as EventRecord);
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
