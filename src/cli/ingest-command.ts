import { existsSync, statSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import { MAX_CRAWL_DELAY_MS } from "../ingest/check-robots.js";
import type { IngestItem, SkippedInput } from "../ingest/raw-document.js";
import { readInputs } from "../ingest/read-inputs.js";
import { ingestDocuments } from "../ingest-documents.js";
import { completeIncidents } from "../merge/update-incidents.js";
import { openStore, resolveDbLocation } from "../store/open-store.js";
import { isPostgresUrl } from "../store/postgres-url.js";
import { parseLanguage, parsePublished } from "./options.js";
import { createProgress } from "./progress.js";

export function ingestCommand(): Command {
  return new Command("ingest")
    .description(
      "read reports (files, directories, globs, URLs, feeds, WARC archives, .jsonl, - for stdin), extract events and store them",
    )
    .argument(
      "<inputs...>",
      "files (.txt, .html, .htm, .jsonl, .warc, .warc.gz, RSS/Atom/JSON feeds), directories (read recursively), quoted globs, http(s) URLs, or - for stdin",
    )
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option(
      "--published <date>",
      "publication date for documents that carry none in their metadata or a dated dateline (YYYY-MM-DD); relative dates resolve against it",
      parsePublished,
    )
    .option(
      "--lang <code>",
      "the documents' language (e.g. en), taken as given instead of detected; a JSONL line's \"lang\" wins",
      parseLanguage,
    )
    .option(
      "--concurrency <n>",
      `URLs fetched at once (default ${CONFIG.fetchConcurrency}); one request at a time per host`,
      parseCount(1),
    )
    .option(
      "--host-delay <ms>",
      `pause between two requests to the same host (default ${CONFIG.hostDelayMs}); a longer Crawl-delay in the host's robots.txt wins, up to ${MAX_CRAWL_DELAY_MS / 1000} s`,
      parseCount(0),
    )
    .option(
      "--allow-private",
      "allow fetching private, loopback and link-local addresses (an intranet, a local server)",
    )
    .option(
      "--commit-every <n>",
      `documents saved per commit (default ${CONFIG.ingestCommitDocuments}, and at least every ${CONFIG.ingestCommitMs / 1000} s; SQLite only); 1 commits each alone`,
      parseCount(1),
    )
    .option("--queue", "queue each document for `sitrep worker`s instead of extracting it now (PostgreSQL store only)")
    .option(
      "--ignore-robots",
      "fetch pages a site's robots.txt disallows for sitrep (by default they are skipped, reason robots-disallowed)",
    )
    .addHelpText(
      "after",
      `
Each document is stored once (by a hash of its cleaned text): re-running the same inputs resumes and adds
nothing twice. Documents are committed in batches (--commit-every, each document whole): a run that is killed
loses at most its last uncommitted batch, which the re-run stores. A text's language is detected (a sentence
or two by its English words first); a document in another language is stored but skipped
(unsupported-language). --lang en, or "lang" on a JSONL line, states the language instead.
Every input ends as a row: one that is not usable (binary, empty, invalid UTF-8,
too large, a page that breaks the HTML parser, over the ${CONFIG.extractTimeoutMs / 1000} s budget per step, a FIFO or
device...) is recorded as skipped with its stage and reason, and the run goes on; see them with "sitrep documents".

URLs are fetched with a ${CONFIG.fetchTimeoutMs / 1000} s deadline, at most ${CONFIG.maxRedirects} redirects and ${CONFIG.maxFetchBytes / 1024 / 1024} MB; only HTML, text
and feeds are read, in the charset the page declares. Addresses that are private, loopback, link-local,
unique-local, CGNAT or unspecified are refused (checked after DNS and on every redirect) unless
--allow-private is given. Feeds are recognised by their content (a file, a URL or stdin); each item's link
is fetched in turn, and an item's own full content is used when it has no link or its link fails. A WARC
archive yields every HTML page it captured. A site's robots.txt is read before its first page and honoured
for the user agent "sitrep" (RFC 9309: a robots.txt that cannot be read for a server or network error
means nothing may be fetched); --ignore-robots overrides. A failed fetch is a skipped document with its
reason (fetch-failed, blocked-address, robots-disallowed, too-large, timeout, unsupported-content-type...).
Fetched documents may be stored in a different order from the inputs.

Examples:
  $ sitrep ingest samples/invented-report.txt --published 2023-03-15   # an invented report shipped with sitrep
  $ sitrep ingest reports/ dump.jsonl --db conflict.db
  $ sitrep ingest 'reports/**/*.html'                      # a glob the shell did not expand
  $ sitrep ingest https://example.org/news/story.html
  $ sitrep ingest https://example.org/world/rss.xml --concurrency 8 --host-delay 2000
  $ sitrep ingest saved-feed.xml crawl.warc.gz
  $ sitrep ingest http://intranet.local/sitreps/ --allow-private
  $ curl -s https://example.org/story | sitrep ingest - --published 2024-05-01`,
    )
    .action(async (inputs: string[], options: IngestCommandOptions) => {
      if (options.queue) return queueCommand(inputs, options);
      const store = await openStore(options.db);
      const progress = createProgress(process.stderr, countKnownInputs(inputs));
      let missing = 0;
      try {
        const counts = await ingestDocuments(
          reportSkips(readInputs(inputs, process.stdin, readOptionsOf(options)), () => (missing += 1)),
          store,
          {
            published: options.published,
            language: options.lang,
            onItem: (c) => progress.update(c),
            onSkip: (skipped) => process.stderr.write(describeSkip(skipped)),
            onNote: (origin, note) => process.stderr.write(`note: ${origin}: ${note}\n`),
            commitEvery: { documents: options.commitEvery ?? CONFIG.ingestCommitDocuments, ms: CONFIG.ingestCommitMs },
          },
        );
        progress.stop();
        // A run killed between a document's commit and its merge (each commits alone on PostgreSQL) left events in
        // no incident: the next run merges them, so a re-run after a crash ends with every event merged.
        const healed = await completeIncidents(store);
        if (healed > 0) process.stderr.write(`note: merged ${healed} event(s) an interrupted run left unmerged\n`);
        process.stderr.write(
          `ingested ${counts.read} input(s): ${counts.stored} stored, ${counts.duplicates} already stored, ${counts.skipped} skipped; ${counts.events} event(s) extracted\n`,
        );
        if (counts.undated > 0) process.stderr.write(undatedHint(counts.undated));
      } finally {
        progress.stop();
        await store.close();
      }
      if (missing > 0) process.exitCode = 1;
    });
}

function undatedHint(undated: number): string {
  return (
    `note: ${undated} stored document(s) carry no publication date (no metadata, no dated dateline), so their relative dates ` +
    `("Sunday", "last week", "this month") are left unresolved and their events may have no date; ` +
    `date them with "sitrep reprocess --published YYYY-MM-DD" (or "sitrep documents set-published ID DATE") to resolve them\n`
  );
}

type IngestCommandOptions = {
  db?: string;
  published?: string;
  lang?: string;
  concurrency?: number;
  hostDelay?: number;
  allowPrivate?: boolean;
  ignoreRobots?: boolean;
  queue?: boolean;
  commitEvery?: number;
};

async function queueCommand(inputs: string[], options: IngestCommandOptions): Promise<void> {
  const url = resolveDbLocation(options.db);
  if (!isPostgresUrl(url))
    throw new SitrepError(
      "bad-usage",
      "--queue needs a PostgreSQL store (--db postgres://… or SITREP_DB): the job queue lives there",
    );
  const store = await openStore(url);
  try {
    const { queueInputs } = await import("../worker/queue-inputs.js");
    const counts = await queueInputs(url, readInputs(inputs, process.stdin, readOptionsOf(options)), store, {
      published: options.published,
      language: options.lang,
    });
    process.stderr.write(
      `queued ${counts.queued} of ${counts.read} input(s) for sitrep worker; ${counts.skipped} skipped\n`,
    );
  } finally {
    await store.close();
  }
}

function readOptionsOf(options: IngestCommandOptions) {
  return {
    concurrency: options.concurrency,
    hostDelayMs: options.hostDelay,
    allowPrivate: options.allowPrivate === true,
    ignoreRobots: options.ignoreRobots === true,
  };
}

function parseCount(minimum: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < minimum)
      throw new InvalidArgumentError(`"${value}" is not a whole number >= ${minimum}`);
    return n;
  };
}

/** A path that does not exist is not a document (nothing to store) but an error of the run, said as it happens. */
async function* reportSkips(items: AsyncIterable<IngestItem>, onMissing: () => void): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    if ("skipped" in item && item.skipped.reason === "not-found") {
      process.stderr.write(describeSkip(item.skipped));
      onMissing();
      continue;
    }
    yield item;
  }
}

function describeSkip(skipped: SkippedInput): string {
  const where = skipped.stage && skipped.stage !== "read" ? ` at ${skipped.stage}` : "";
  return `skipped ${skipped.origin}${where}: ${skipped.detail} (${skipped.reason})\n`;
}

/** How many documents the inputs hold when that is known before reading: plain files named one by one (a
 * directory, glob, URL, JSONL, feed or archive holds an unknown number until read). */
export function countKnownInputs(inputs: string[]): number | undefined {
  const isPlainFile = (input: string) =>
    !/\.(jsonl|ndjson|warc|warc\.gz|xml|rss|atom)$/i.test(input) && existsSync(input) && statSync(input).isFile();
  return inputs.length > 0 && inputs.every(isPlainFile) ? inputs.length : undefined;
}
