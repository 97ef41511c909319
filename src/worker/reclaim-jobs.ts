// graphile-worker frees a job locked by a worker that died (kill -9, a lost machine) only after 4 hours. Each
// sitrep worker pool writes a heartbeat row six times per reclaim window (migrations/postgres/pg-002-worker-heartbeats.ts);
// a job locked by a pool whose heartbeat is older than the window (30 s unless `sitrep worker --reclaim-after`) is
// freed by any running worker, so another takes it up within about that window. Only locks older than that are
// judged, so a pool that has just locked its first job, before its first heartbeat is written, is not taken for dead.

import { hostname } from "node:os";
import type { WorkerUtils } from "graphile-worker";
import type pg from "pg";

/** Six missed heartbeats: long enough for a pause under load, short next to graphile-worker's 4 hours. */
export const RECLAIM_AFTER_S = 30;

/** How often a live pool says so: six times per window, so one slow beat never makes it look dead. */
export function heartbeatEveryMs(reclaimAfterS: number): number {
  return (reclaimAfterS * 1000) / 6;
}

export async function beat(pool: pg.Pool, poolId: string): Promise<void> {
  await pool.query(
    `insert into sitrep_worker_heartbeats (pool_id, host, pid, seen_at) values ($1, $2, $3, now())
     on conflict (pool_id) do update set seen_at = now()`,
    [poolId, hostname(), process.pid],
  );
}

/** Frees the jobs of pools that stopped beating; returns their ids. */
export async function reclaimDeadWorkersJobs(
  pool: pg.Pool,
  utils: WorkerUtils,
  reclaimAfterS = RECLAIM_AFTER_S,
): Promise<string[]> {
  const { rows } = await pool.query<{ locked_by: string }>(
    `select distinct j.locked_by from graphile_worker.jobs j
     where j.locked_by is not null and j.locked_at < now() - make_interval(secs => $1) and not exists (
       select 1 from sitrep_worker_heartbeats h where h.pool_id = j.locked_by and h.seen_at > now() - make_interval(secs => $1))`,
    [reclaimAfterS],
  );
  const dead = rows.map((r) => r.locked_by);
  if (dead.length > 0) await utils.forceUnlockWorkers(dead);
  await pool.query("delete from sitrep_worker_heartbeats where seen_at < now() - interval '1 day'");
  return dead;
}
