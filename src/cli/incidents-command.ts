import { Command } from "commander";
import type { EventFormat } from "../export/format-events.js";
import { FIELD_RULES } from "../merge/incident-record.js";
import { formatIncidents, INCIDENT_FORMATS } from "../merge/format-incidents.js";
import { completeIncidents } from "../merge/update-incidents.js";
import { openSqliteStore, resolveDbPath } from "../store/sqlite.js";
import { parseChoice } from "./options.js";

export function incidentsCommand(): Command {
  return new Command("incidents")
    .description("print the incidents: the events of every report about one real-world event, merged, with all sources")
    .option("--db <path>", "SQLite database file (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", `output format: ${INCIDENT_FORMATS.join(", ")}`, parseChoice(INCIDENT_FORMATS), "json" as EventFormat)
    .addHelpText(
      "after",
      `
Columns are the events' (incident_id and event_ids in place of event_id) plus corroboration (independent
publishers: a syndicated copy or near-duplicate counts with its original), sources, first_reported,
last_updated and conflicts (every value the reports disagree on, with the reports giving it).
Evidence holds every source's spans. How each field is chosen:
${Object.entries(FIELD_RULES).map(([field, rule]) => `  ${field}: ${rule}`).join("\n")}`,
    )
    .action(async (options: { db?: string; format: EventFormat }) => {
      const store = await openSqliteStore(resolveDbPath(options.db));
      try {
        await completeIncidents(store);
        process.stdout.write(formatIncidents(await store.listIncidents(), options.format));
      } finally {
        await store.close();
      }
    });
}
