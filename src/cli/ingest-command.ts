import { Command } from "commander";
import { readInputs } from "../ingest/read-inputs.js";
import type { IngestItem } from "../ingest/raw-document.js";
import { ingestDocuments } from "../ingest-documents.js";
import { openSqliteStore, resolveDbPath } from "../store/sqlite.js";
import { parsePublished } from "./options.js";
import { createProgress } from "./progress.js";

export function ingestCommand(): Command {
  return new Command("ingest")
    .description("read reports (files, directories, .jsonl, - for stdin), extract events and store them")
    .argument("<inputs...>", "files (.txt, .html, .htm, .jsonl), directories (read recursively) or - for stdin")
    .option("--db <path>", "SQLite database file (default: $SITREP_DB or ./sitrep.db)")
    .option("--published <date>", "publication date for documents that carry none (YYYY-MM-DD); relative dates resolve against it", parsePublished)
    .addHelpText(
      "after",
      `
Each document is stored once (by a hash of its cleaned text): re-running the same inputs resumes and adds
nothing twice. Inputs that are not usable text (binary, empty, invalid UTF-8) are recorded as skipped with
their reason; see them with "sitrep documents".

Examples:
  $ sitrep ingest ../shared/fixtures/seed-article.txt --published 2021-06-28
  $ sitrep ingest reports/ dump.jsonl --db conflict.db
  $ curl -s https://example.org/story | sitrep ingest - --published 2024-05-01`,
    )
    .action(async (inputs: string[], options: { db?: string; published?: string }) => {
      const store = await openSqliteStore(resolveDbPath(options.db));
      const progress = createProgress();
      let missing = 0;
      try {
        const counts = await ingestDocuments(reportSkips(readInputs(inputs), () => (missing += 1)), store, {
          published: options.published,
          onItem: (c) => progress.update(c),
        });
        progress.stop();
        process.stderr.write(
          `ingested ${counts.read} input(s): ${counts.stored} stored, ${counts.duplicates} already stored, ${counts.skipped} skipped; ${counts.events} event(s) extracted\n`,
        );
      } finally {
        progress.stop();
        await store.close();
      }
      if (missing > 0) process.exitCode = 1;
    });
}

/** Says why each input was skipped, as it happens; a missing path is an error of the run. */
async function* reportSkips(items: AsyncIterable<IngestItem>, onMissing: () => void): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    if ("skipped" in item) {
      process.stderr.write(`skipped ${item.skipped.origin}: ${item.skipped.detail} (${item.skipped.reason})\n`);
      if (item.skipped.reason === "not-found") {
        onMissing();
        continue; // a path that does not exist is not a document: nothing to store
      }
    }
    yield item;
  }
}
