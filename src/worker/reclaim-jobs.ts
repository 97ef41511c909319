// graphile-worker frees a job locked by a worker that died only after 4 hours. sitrep names its workers by host
// and process id, so a worker on the same host can tell a dead one (no such process) and free its jobs at once.
import { hostname } from "node:os";
import type { WorkerUtils } from "graphile-worker";
import type pg from "pg";

export function workerIdOf(pid = process.pid): string {
  return `sitrep-${hostname()}-${pid}`;
}

/** Frees the jobs of this host's sitrep workers whose process is gone; returns their ids. */
export async function reclaimDeadWorkersJobs(pool: pg.Pool, utils: WorkerUtils): Promise<string[]> {
  const prefix = workerIdOf(0).replace(/0$/, "");
  const { rows } = await pool.query<{ locked_by: string }>("select distinct locked_by from graphile_worker.jobs where locked_by like $1", [`${prefix}%`]);
  const dead = rows.map((r) => r.locked_by).filter((id) => !isAlive(Number(id.slice(prefix.length))));
  if (dead.length > 0) await utils.forceUnlockWorkers(dead);
  return dead;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true; // not ours to judge
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
