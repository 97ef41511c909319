import { Command, InvalidArgumentError } from "commander";
import { SitrepError } from "../errors.js";
import { openStore, resolveDbLocation } from "../store/open-store.js";
import { isPostgresUrl } from "../store/postgres-url.js";
import { RECLAIM_AFTER_S } from "../worker/reclaim-jobs.js";

export function workerCommand(): Command {
  return new Command("worker")
    .description(
      "run queued ingest, reprocess and merge jobs (sitrep ingest/reprocess --queue) from the PostgreSQL store's job queue",
    )
    .option("--db <url>", "postgres:// URL of the store and its queue (default: $SITREP_DB)")
    .option(
      "--reclaim-after <seconds>",
      "free the jobs of a worker silent this long (give every worker on a queue the same value)",
      parseSeconds,
      RECLAIM_AFTER_S,
    )
    .option(
      "--jobs <n>",
      "jobs in hand at once: a second overlaps one job's store and merge with the next one's extraction",
      parseJobs,
      1,
    )
    .option(
      "--merge-partitions",
      "queue the merges of each country apart, so workers merge two countries at once (pays only when few dated events lack a country: bench/RESULTS.md)",
    )
    .addHelpText(
      "after",
      `
Each worker runs one job at a time (--jobs for more): start one per core. A failed job is retried with a growing pause; the jobs
of a worker that was killed are taken up again by the next worker started, or by a running one, once the dead
worker has been silent for --reclaim-after seconds (each worker says it is alive six times in that window).
Merges run one at a time across all workers (with --merge-partitions, one at a time per country). Stop with Ctrl-C: the job in hand finishes first.

Example:
  $ sitrep ingest reports/ --queue --db postgres://sitrep@localhost/sitrep
  $ sitrep worker --db postgres://sitrep@localhost/sitrep & sitrep worker --db postgres://sitrep@localhost/sitrep`,
    )
    .action(async (options: { db?: string; reclaimAfter: number; jobs: number; mergePartitions?: boolean }) => {
      const url = resolveDbLocation(options.db);
      if (!isPostgresUrl(url))
        throw new SitrepError("bad-usage", "sitrep worker needs a PostgreSQL store: --db postgres://… or SITREP_DB");
      // A stop asked for while the worker starts (loading the models takes seconds) waits for the start, then stops:
      // Node's default would kill the process mid-migration, and a supervisor would read the signal as a crash.
      let stopAsked = false;
      let stop = () => void (stopAsked = true);
      const onSignal = () => stop();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      const store = await openStore(url);
      const { startWorker } = await import("../worker/run-worker.js");
      const worker = await startWorker(url, store, {
        reclaimAfterS: options.reclaimAfter,
        jobs: options.jobs,
        mergePartitions: options.mergePartitions,
      });
      stop = () => void worker.stop();
      if (stopAsked) stop();
      else process.stderr.write("sitrep worker: waiting for jobs (Ctrl-C to stop)\n");
      try {
        await worker.runner.promise;
      } finally {
        await store.close();
      }
    });
}

// Under 2 s a pause under load (a long merge, a busy machine) would pass for a dead worker and its job would run twice.
function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError(`"${value}" is not a whole number of seconds >= 2`);
  return n;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 8)
    throw new InvalidArgumentError(`"${value}" is not a whole number from 1 to 8`);
  return n;
}
