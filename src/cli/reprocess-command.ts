// `sitrep reprocess` and `sitrep documents set-published`: stored documents through the current pipeline
// again, in place (same document ids, old events replaced in one transaction per document).
import { Command } from "commander";
import { SitrepError } from "../errors.js";
import { type ReprocessCounts, type ReprocessOptions, reprocessDocuments } from "../reprocess-documents.js";
import { openStore, resolveDbLocation } from "../store/open-store.js";
import { isPostgresUrl } from "../store/postgres-url.js";
import { parsePublished } from "./options.js";

export function reprocessCommand(): Command {
  return new Command("reprocess")
    .description("re-run the current pipeline on stored documents, replacing their events (documents keep their ids)")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--document <document_id>", "only this document (default: every stored document with status ok)")
    .option(
      "--published <date>",
      "publication date for documents that carry none (YYYY-MM-DD); relative dates resolve against it",
      parsePublished,
    )
    .option("--queue", "queue one pipeline job per document for `sitrep worker`s (PostgreSQL store only)")
    .action(async (options: { db?: string; document?: string; published?: string; queue?: boolean }) => {
      const reprocess = { documentId: options.document, published: options.published };
      await (options.queue ? queueReprocessCommand(options.db, reprocess) : runReprocess(options.db, reprocess));
    });
}

export function setPublishedCommand(): Command {
  return new Command("set-published")
    .description(
      "re-date a stored document and re-run the pipeline on it, so its relative dates resolve against the new day",
    )
    .argument("<document_id>", "a document_id from `sitrep documents`")
    .argument("<date>", "the publication date (YYYY-MM-DD or an ISO 8601 date-time)", parsePublished)
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .action(async (documentId: string, date: string, options: { db?: string }, command: Command) => {
      // `documents` has a --db of its own, which takes the flag wherever it is written.
      await runReprocess(options.db ?? command.parent?.opts().db, { documentId, setPublished: date });
    });
}

async function runReprocess(db: string | undefined, options: ReprocessOptions): Promise<void> {
  const store = await openStore(db);
  try {
    process.stderr.write(summary(await reprocessDocuments(store, options)));
  } finally {
    await store.close();
  }
}

async function queueReprocessCommand(db: string | undefined, options: ReprocessOptions): Promise<void> {
  const url = resolveDbLocation(db);
  if (!isPostgresUrl(url))
    throw new SitrepError("bad-usage", "--queue needs a PostgreSQL store (--db postgres://… or SITREP_DB)");
  const store = await openStore(url);
  try {
    const { queueReprocess } = await import("../worker/queue-reprocess.js");
    process.stderr.write(`queued ${await queueReprocess(url, store, options)} document(s) for sitrep worker\n`);
  } finally {
    await store.close();
  }
}

function summary(counts: ReprocessCounts): string {
  const undated =
    counts.undated > 0
      ? `; ${counts.undated} carry no publication date (give --published or use documents set-published)`
      : "";
  return `reprocessed ${counts.documents} document(s): ${counts.events} event(s) extracted${undated}\n`;
}
