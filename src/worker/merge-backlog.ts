// The merge jobs waiting in the queue, as the workers share them: a running merge takes up the waiting jobs of its
// queue (merge-task.ts), and the documents in merge jobs no merge has taken up yet are the backlog that decides when
// the next merge is urgent (run-worker.ts). Taken-up jobs are locked by the merging worker, as graphile-worker locks the
// job it runs: no other merge takes them, they leave the backlog, a worker taken for dead frees them with its own job
// (reclaim-jobs.ts) and they run again; a merge that fails frees them itself. graphile-worker 0.17's public view has
// no payload and its completeJobs skips locked jobs, so this reads and writes its tables (a schema it migrates).
import type pg from "pg";
import type { MergeJob } from "./jobs.js";

export type WaitingMerge = { id: string; payload: MergeJob };

/** At most this many waiting merge jobs are taken up by one: a bound on one merge's size and time. */
const MERGE_BATCH = 500;

/** Documents in merge jobs that no merge runs or has taken up (a document in several partitions' jobs counts in
 * each). */
export async function countUnmergedDocuments(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `select coalesce(sum(json_array_length(j.payload->'documentIds')), 0)::int as n
     from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where t.identifier = 'merge' and j.locked_at is null`,
  );
  return rows[0].n;
}

/** Locks for `workerId` the merge jobs of this queue that are queued and never tried (a queue runs one job at a time:
 * none but the caller's runs), oldest first. */
export async function takeUpWaitingMerges(pool: pg.Pool, queue: string, workerId: string): Promise<WaitingMerge[]> {
  const { rows } = await pool.query<WaitingMerge>(
    `with waiting as (
       select j.id from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id
       join graphile_worker._private_job_queues q on q.id = j.job_queue_id
       where t.identifier = 'merge' and q.queue_name = $1 and j.locked_at is null and j.attempts = 0
       order by j.id limit $2 for update of j skip locked)
     update graphile_worker._private_jobs j set locked_at = now(), locked_by = $3
     from waiting w where j.id = w.id returning j.id::text as id, j.payload`,
    [queue, MERGE_BATCH, workerId],
  );
  return rows.sort((a, b) => compareIds(a.id, b.id));
}

/** The taken-up jobs are done: deleted, if this worker still holds them. */
export async function completeTakenUp(pool: pg.Pool, jobs: WaitingMerge[], workerId: string): Promise<void> {
  if (jobs.length === 0) return;
  await pool.query("delete from graphile_worker._private_jobs where id = any($1::bigint[]) and locked_by = $2", [
    jobs.map((j) => j.id),
    workerId,
  ]);
}

/** The merge failed: its taken-up jobs wait again for the next merge. */
export async function releaseTakenUp(pool: pg.Pool, jobs: WaitingMerge[], workerId: string): Promise<void> {
  if (jobs.length === 0) return;
  await pool.query(
    "update graphile_worker._private_jobs set locked_at = null, locked_by = null where id = any($1::bigint[]) and locked_by = $2",
    [jobs.map((j) => j.id), workerId],
  );
}

/** bigint ids as text, in numeric order. */
const compareIds = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** How long a merge waits at most for the other workers' last ingest jobs: a job of 8 short reports takes well under
 * a second; a worker that died holding one is not waited for longer than this. */
const LAST_INGESTS_WAIT_MS = 5000;
const LAST_INGESTS_POLL_MS = 50;

/** When no ingest or pipeline job waits but other workers still run some (the end of a queue), waits until they end,
 * so that this merge takes up their merges too: started at once, it left their few documents to a merge of their own
 * after it, which read as much of the store as a large one, on one core, the other worker having nothing left
 * (bench/RESULTS.md, session 15). Returns the milliseconds waited. */
export async function waitForLastIngests(pool: pg.Pool, workerId: string): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < LAST_INGESTS_WAIT_MS) {
    const { rows } = await pool.query<{ waiting: boolean; running: boolean }>(
      `select bool_or(j.locked_at is null) as waiting, bool_or(j.locked_by is distinct from $1 and j.locked_at is not null) as running
       from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
       where t.identifier in ('ingest', 'pipeline') and j.attempts < j.max_attempts`,
      [workerId],
    );
    if (rows[0].waiting || !rows[0].running) break;
    await new Promise((resolve) => setTimeout(resolve, LAST_INGESTS_POLL_MS));
  }
  return Date.now() - start;
}
