import { Command } from "commander";
import { SitrepError } from "../errors.js";
import { openStore, resolveDbLocation } from "../store/open-store.js";
import { isPostgresUrl } from "../store/postgres-url.js";

export function workerCommand(): Command {
  return new Command("worker")
    .description(
      "run queued ingest, reprocess and merge jobs (sitrep ingest/reprocess --queue) from the PostgreSQL store's job queue",
    )
    .option("--db <url>", "postgres:// URL of the store and its queue (default: $SITREP_DB)")
    .addHelpText(
      "after",
      `
Each worker runs one job at a time: start one per core. A failed job is retried with a growing pause; the jobs
of a worker that was killed are taken up again by the next worker started on the same host (within 15 s by a
running one). Merges run one at a time across all workers. Stop with Ctrl-C: the job in hand finishes first.

Example:
  $ sitrep ingest reports/ --queue --db postgres://sitrep@localhost/sitrep
  $ sitrep worker --db postgres://sitrep@localhost/sitrep & sitrep worker --db postgres://sitrep@localhost/sitrep`,
    )
    .action(async (options: { db?: string }) => {
      const url = resolveDbLocation(options.db);
      if (!isPostgresUrl(url))
        throw new SitrepError("bad-usage", "sitrep worker needs a PostgreSQL store: --db postgres://… or SITREP_DB");
      const store = await openStore(url);
      const { startWorker } = await import("../worker/run-worker.js");
      const worker = await startWorker(url, store);
      process.stderr.write("sitrep worker: waiting for jobs (Ctrl-C to stop)\n");
      const stop = () => void worker.stop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        await worker.runner.promise;
      } finally {
        await store.close();
      }
    });
}
