import { Command, InvalidArgumentError } from "commander";
import { readInputs } from "../ingest/read-inputs.js";
import { ingestDocuments } from "../ingest-documents.js";
import { diffIncidents, type IncidentChange, snapshotIncidents } from "../merge/diff-incidents.js";
import { completeIncidents } from "../merge/update-incidents.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { type IncidentFilter, matchesFilter, readIncidentFilter } from "../watch/incident-filter.js";
import { postWebhook } from "../watch/post-webhook.js";
import { type SeenTracker, trackSeen } from "../watch/track-seen.js";
import { parsePublished } from "./options.js";

type WatchOptions = {
  db?: string;
  interval: number;
  once?: boolean;
  published?: string;
  filter?: string;
  country: string[];
  actor: string[];
  eventType: string[];
  bbox?: [number, number, number, number];
  webhook?: string;
  allowPrivate?: boolean;
  ignoreRobots?: boolean;
};

export function watchCommand(): Command {
  return new Command("watch")
    .description(
      "poll feeds, URLs and directories, ingest new reports, notify new and changed incidents (JSONL, webhook)",
    )
    .argument("<inputs...>", "what `sitrep ingest` reads: feeds, URLs, directories, files, quoted globs")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option(
      "--interval <seconds>",
      "seconds between polls (default 300: news feeds update every few minutes)",
      parseSeconds,
      300,
    )
    .option("--once", "poll once and exit")
    .option("--published <date>", "publication date for documents that carry none (YYYY-MM-DD)", parsePublished)
    .option(
      "--filter <file>",
      "a saved filter: JSON {country, actor, event_type: [...], bbox: [west, south, east, north]}",
    )
    .option("--country <name>", "notify only incidents in this country (name or ISO3; repeat for several)", collect, [])
    .option("--actor <name>", "notify only incidents naming this actor on either side (repeatable)", collect, [])
    .option("--event-type <type>", "notify only this ACLED event type or sub-event type (repeatable)", collect, [])
    .option("--bbox <w,s,e,n>", "notify only incidents placed inside this longitude/latitude box", parseBbox)
    .option("--webhook <url>", "also POST each notification as JSON to this URL (the fetcher's address rules apply)")
    .option("--allow-private", "allow private, loopback and link-local addresses for the inputs and the webhook")
    .option("--ignore-robots", "fetch pages a site's robots.txt disallows for sitrep")
    .addHelpText(
      "after",
      `
Each poll reads every input; what an earlier poll (or an earlier watch on the same --db) read is passed over:
feed items by link, before fetching, and files by content, so only new reports are extracted and merged.
Each notification is one line {"change": "new" | "changed", "replaces": [incident ids it absorbed],
"incident": {...}} (the record of "sitrep incidents --format json", with its history), for the incidents
matching the filter: the --filter file's fields and the flags together, any value within a field, every
field given. A webhook that fails is reported on stderr and the watch goes on. Stop with Ctrl-C; each report is stored in its own transaction,
so stopping loses at most the report in hand, which the next poll reads again.`,
    )
    .action(async (inputs: string[], options: WatchOptions) => {
      const filter = buildFilter(options);
      const store = await openStore(options.db);
      const seen = trackSeen(store);
      let stopped = false;
      const stop = () => (stopped = true);
      process.once("SIGINT", stop);
      try {
        await completeIncidents(store);
        do {
          await pollOnce(store, inputs, options, seen, filter);
          if (!options.once) await sleepUnless(() => stopped, options.interval * 1000);
        } while (!options.once && !stopped);
      } finally {
        process.off("SIGINT", stop);
        await store.close();
      }
    });
}

async function pollOnce(
  store: Store,
  inputs: string[],
  options: WatchOptions,
  seen: SeenTracker,
  filter: IncidentFilter,
): Promise<void> {
  const before = snapshotIncidents(await store.listIncidents());
  const passedBefore = seen.passed;
  const items = readInputs(inputs, process.stdin, {
    allowPrivate: options.allowPrivate === true,
    ignoreRobots: options.ignoreRobots === true,
    skipJob: (job) => seen.skipJob(job),
  });
  const counts = await ingestDocuments(seen.keepUnseen(items), store, { published: options.published });
  const changes = diffIncidents(before, await store.listIncidents()).filter((c) => matchesFilter(c.incident, filter));
  // With each field's history, so a notification of a revised toll says what it was before.
  for (const change of changes)
    await notify(
      { ...change, incident: (await store.getIncident(change.incident.incident_id)) ?? change.incident },
      options,
    );
  process.stderr.write(
    `${new Date().toISOString()} polled: ${seen.passed - passedBefore} item(s) seen before, ${counts.read} read, ${counts.stored} new report(s), ${counts.events} event(s), ${changes.length} notification(s)\n`,
  );
}

async function notify(change: IncidentChange, options: WatchOptions): Promise<void> {
  process.stdout.write(JSON.stringify(change) + "\n");
  if (!options.webhook) return;
  const outcome = await postWebhook(options.webhook, change, { allowPrivate: options.allowPrivate === true });
  if (!outcome.ok) process.stderr.write(`webhook: not delivered (${change.incident.incident_id}): ${outcome.reason}\n`);
}

function buildFilter(options: WatchOptions): IncidentFilter {
  const saved = options.filter ? readIncidentFilter(options.filter) : {};
  const join = (a: string[] | undefined, b: string[]) => (a?.length || b.length ? [...(a ?? []), ...b] : undefined);
  return {
    country: join(saved.country, options.country),
    actor: join(saved.actor, options.actor),
    event_type: join(saved.event_type, options.eventType),
    bbox: options.bbox ?? saved.bbox,
  };
}

/** Sleeps in short steps so Ctrl-C ends the wait promptly. */
async function sleepUnless(isStopped: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!isStopped() && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, until - Date.now())));
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a number of seconds > 0`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(",").map((p) => Number(p.trim()));
  const [west, south, east, north] = parts;
  const isValid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    west <= east &&
    south <= north &&
    Math.abs(west) <= 180 &&
    Math.abs(east) <= 180 &&
    Math.abs(south) <= 90 &&
    Math.abs(north) <= 90;
  if (!isValid)
    throw new InvalidArgumentError(`"${value}" is not west,south,east,north in degrees (e.g. 34.2,31.2,34.6,31.6)`);
  return [west, south, east, north];
}
