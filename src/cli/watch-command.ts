import { Command, InvalidArgumentError } from "commander";
import { readInputs } from "../ingest/read-inputs.js";
import { ingestDocuments } from "../ingest-documents.js";
import { diffIncidents, snapshotIncidents } from "../merge/diff-incidents.js";
import { completeIncidents } from "../merge/update-incidents.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { parsePublished } from "./options.js";

type WatchOptions = { db?: string; interval: number; once?: boolean; published?: string };

export function watchCommand(): Command {
  return new Command("watch")
    .description("poll feeds, URLs and directories, ingest new reports, print new and changed incidents as JSONL")
    .argument("<inputs...>", "what `sitrep ingest` reads: feeds, URLs, directories, files, quoted globs")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--interval <seconds>", "seconds between polls (default 300: news feeds update every few minutes)", parseSeconds, 300)
    .option("--once", "poll once and exit")
    .option("--published <date>", "publication date for documents that carry none (YYYY-MM-DD)", parsePublished)
    .addHelpText(
      "after",
      `
Each poll reads every input again; a report already stored (same cleaned text) is not processed again,
so only new reports are extracted and merged. Each line of output is {"change": "new" | "changed",
"replaces": [incident ids it absorbed], "incident": {...}} (the record of "sitrep incidents").
Stop with Ctrl-C; the store is closed between polls' writes, so stopping loses at most the report in hand.`,
    )
    .action(async (inputs: string[], options: WatchOptions) => {
      const store = await openStore(options.db);
      let stopped = false;
      const stop = () => (stopped = true);
      process.once("SIGINT", stop);
      try {
        await completeIncidents(store);
        do {
          await pollOnce(store, inputs, options);
          if (!options.once) await sleepUnless(() => stopped, options.interval * 1000);
        } while (!options.once && !stopped);
      } finally {
        process.off("SIGINT", stop);
        await store.close();
      }
    });
}

async function pollOnce(store: Store, inputs: string[], options: WatchOptions): Promise<void> {
  const before = snapshotIncidents(await store.listIncidents());
  const counts = await ingestDocuments(readInputs(inputs), store, { published: options.published });
  for (const change of diffIncidents(before, await store.listIncidents())) process.stdout.write(JSON.stringify(change) + "\n");
  process.stderr.write(`${new Date().toISOString()} polled ${counts.read} input(s): ${counts.stored} new report(s), ${counts.events} event(s)\n`);
}

/** Sleeps in short steps so Ctrl-C ends the wait promptly. */
async function sleepUnless(isStopped: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!isStopped() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, Math.min(250, until - Date.now())));
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a number of seconds > 0`);
  return n;
}
