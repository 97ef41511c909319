import { Command } from "commander";
import { SitrepError } from "../errors.js";
import { openStore } from "../store/open-store.js";
import { publicDocument } from "../store/public-document.js";
import { parseChoice } from "./options.js";
import { setPublishedCommand } from "./reprocess-command.js";
import { formatShowText } from "./show-text.js";

const FORMATS = ["json", "jsonl"] as const;

export function documentsCommand(): Command {
  return new Command("documents")
    .description("list stored documents, including skipped inputs and why they were skipped")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", "output format: json, jsonl", parseChoice(FORMATS), "json" as (typeof FORMATS)[number])
    .action(async (options: { db?: string; format: (typeof FORMATS)[number] }) => {
      const store = await openStore(options.db);
      try {
        const rows = (await store.listDocuments()).map(publicDocument);
        process.stdout.write(
          options.format === "json"
            ? JSON.stringify(rows, null, 2) + "\n"
            : rows.map((r) => JSON.stringify(r) + "\n").join(""),
        );
      } finally {
        await store.close();
      }
    })
    .addCommand(setPublishedCommand().exitOverride());
}

export function showCommand(): Command {
  return new Command("show")
    .description("print one stored document with its text and every annotation layer (spans with their text)")
    .argument("<document_id>", "a document_id from `sitrep documents`")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--json", "the full record as JSON (spans with their text) instead of the readable text")
    .action(async (documentId: string, options: { db?: string; json?: boolean }) => {
      const store = await openStore(options.db);
      try {
        const stored = await store.getDocument(documentId);
        if (!stored)
          throw new SitrepError(
            "not-found",
            `no document ${documentId} in the store (list them with: sitrep documents)`,
          );
        const events = await store.listEvents({ documentId });
        if (!options.json) return void process.stdout.write(formatShowText(stored, events));
        const layers = Object.fromEntries(
          Object.entries(stored.layers).map(([layer, spans]) => [
            layer,
            spans.map((s) => ({ ...s, text: stored.text.slice(s.start, s.end) })),
          ]),
        );
        process.stdout.write(
          JSON.stringify({ ...publicDocument(stored.row), text: stored.text, layers, events }, null, 2) + "\n",
        );
      } finally {
        await store.close();
      }
    });
}
