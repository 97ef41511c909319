// When a merge runs, so that two workers pay no merge that one worker would not. A merge's cost is mostly fixed (the
// windows and incidents around its documents), so two merges of a few documents each cost about twice one of all:
// - At the queue's end each worker's last ingest job queued a merge, and the second ran after the first, alone on one
//   core: the two-worker tail was two merges in a row where one worker's was one (bench/RESULTS.md, workers, session
//   15). A merge that finds no ingest job waiting while another worker still runs one is put off a moment and run
//   again, so the last worker's merge takes it up (merge-task.ts takes up every merge waiting in its queue).
// - Each worker counted its own documents between urgent merges, the two counts ran in step, and a worker's urgent
//   merge queued while the other's ran was one more merge of a few documents. It is queued as an ordinary merge
//   instead, and the next urgent merge (or the last) takes it up.
import type pg from "pg";
import { URGENT_MERGE_PRIORITY } from "./jobs.js";

/** How long a merge is put off while another worker's last ingest job runs: a job of 8 short reports takes about
 * 0.3 s of one core, and graphile-worker polls for a job put off every second. */
export const MERGE_DEFER_MS = 250;
/** Put off at most this many times (about 40 s with the one-second poll): a worker that died holding its job keeps it
 * locked until it is reclaimed (reclaim-jobs.ts), and its documents must not wait for that. */
export const MERGE_DEFERRALS = 40;

/** Whether the queue has run dry of extraction jobs but another worker is still running one, whose merge is to come. */
export async function isOtherWorkerExtracting(pool: pg.Pool, workerId: string | null): Promise<boolean> {
  const { rows } = await pool.query<{ waiting: number; running: number }>(
    `select count(*) filter (where locked_at is null and run_at <= now() and attempts < max_attempts)::int as waiting,
       count(*) filter (where locked_at is not null and locked_by is distinct from $1)::int as running
     from graphile_worker.jobs where task_identifier in ('ingest', 'pipeline')`,
    [workerId],
  );
  return rows[0].waiting === 0 && rows[0].running > 0;
}

/** Whether an urgent merge is queued or running: one queued now would run right after it for a few documents. */
export async function isUrgentMergeQueued(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ queued: boolean }>(
    `select exists (select 1 from graphile_worker.jobs where task_identifier = 'merge' and priority = $1
       and attempts < max_attempts) as queued`,
    [URGENT_MERGE_PRIORITY],
  );
  return rows[0].queued;
}
