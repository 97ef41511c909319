import { Command } from "commander";
import { EVENT_FORMATS, formatEvents, type EventFormat } from "../export/format-events.js";
import { openSqliteStore, resolveDbPath } from "../store/sqlite.js";
import { parseChoice } from "./options.js";

export function eventsCommand(): Command {
  return new Command("events")
    .description("print the stored events (ACLED column names, with evidence spans)")
    .option("--db <path>", "SQLite database file (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", `output format: ${EVENT_FORMATS.join(", ")}`, parseChoice(EVENT_FORMATS), "json" as EventFormat)
    .option("--document <id>", "only events sourced from this document")
    .addHelpText(
      "after",
      `
json and jsonl carry each field's evidence: {document_id, start, end, text} with text equal to the
document's words at [start, end). csv has the same columns without evidence (arrays joined by ";");
geojson holds the events that have coordinates.`,
    )
    .action(async (options: { db?: string; format: EventFormat; document?: string }) => {
      const store = await openSqliteStore(resolveDbPath(options.db));
      try {
        process.stdout.write(formatEvents(await store.listEvents({ documentId: options.document }), options.format));
      } finally {
        await store.close();
      }
    });
}
