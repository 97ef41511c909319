import { Command } from "commander";
import { SitrepError } from "../errors.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { findChain } from "../records/find-chain.js";
import type { Store } from "../store/store.js";
import type { EventFormat } from "../export/format-events.js";
import { FIELD_RULES } from "../records/incident-record.js";
import { formatIncidents, INCIDENT_FORMATS } from "../merge/format-incidents.js";
import { completeIncidents } from "../merge/update-incidents.js";
import { openSqliteStore, resolveDbPath } from "../store/sqlite.js";
import { parseChoice } from "./options.js";

export function incidentsCommand(): Command {
  return new Command("incidents")
    .description("print the incidents: the events of every report about one real-world event, merged, with all sources")
    .option("--db <path>", "SQLite database file (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", `output format: ${INCIDENT_FORMATS.join(", ")}`, parseChoice(INCIDENT_FORMATS), "json" as EventFormat)
    .option("--chain <id>", "only the incidents linked to this incident (or event) by \"in response to\", transitively")
    .addHelpText(
      "after",
      `
Columns are the events' (incident_id and event_ids in place of event_id) plus corroboration (independent
publishers: a syndicated copy or near-duplicate counts with its original), sources, first_reported,
last_updated and conflicts (every value the reports disagree on, with the reports giving it).
Evidence holds every source's spans. How each field is chosen:
${Object.entries(FIELD_RULES).map(([field, rule]) => `  ${field}: ${rule}`).join("\n")}`,
    )
    .action(async (options: { db?: string; format: EventFormat; chain?: string }) => {
      const store = await openSqliteStore(resolveDbPath(options.db));
      try {
        await completeIncidents(store);
        const incidents = await store.listIncidents();
        process.stdout.write(formatIncidents(options.chain ? await chainOf(store, options.chain, incidents) : incidents, options.format));
      } finally {
        await store.close();
      }
    });
}

/** The response chain of every member event (records/find-chain.ts), lifted to the incidents holding them. */
async function chainOf(store: Store, id: string, incidents: IncidentRecord[]): Promise<IncidentRecord[]> {
  const start = incidents.find((i) => i.incident_id === id || i.event_ids.includes(id));
  if (!start) throw new SitrepError("not-found", `no incident or event ${id} in the store (list them with: sitrep incidents)`);
  const [relations, events] = [await store.listRelations(), await store.listEvents()];
  const chain = new Set(start.event_ids.flatMap((e) => [...findChain(e, relations, events)]));
  return incidents.filter((i) => i.event_ids.some((e) => chain.has(e)));
}
