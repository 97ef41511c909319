import { Command } from "commander";
import { SitrepError } from "../errors.js";
import type { EventFormat } from "../export/format-events.js";
import { writeShaped } from "../export/write-events.js";
import { formatIncidents, INCIDENT_FORMATS, INCIDENT_SHAPES } from "../merge/format-incidents.js";
import { completeIncidents } from "../merge/update-incidents.js";
import { findChain } from "../records/find-chain.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { FIELD_RULES } from "../records/incident-record.js";
import { type EventQuery, LIST_LIMIT } from "../store/event-filter.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { addFilterOptions, eventQueryOf, type FilterOptions, takeFirst } from "./filter-options.js";
import { parseChoice } from "./options.js";

export function incidentsCommand(): Command {
  return addFilterOptions(new Command("incidents"))
    .description("print the incidents: the events of every report about one real-world event, merged, with all sources")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option(
      "--format <format>",
      `output format: ${INCIDENT_FORMATS.join(", ")}`,
      parseChoice(INCIDENT_FORMATS),
      "json" as EventFormat,
    )
    .option("--chain <id>", 'only the incidents linked to this incident (or event) by "in response to", transitively')
    .addHelpText(
      "after",
      `
Columns are the events' (incident_id and event_ids in place of event_id) plus corroboration (independent
publishers: a syndicated copy or near-duplicate counts with its original), sources, first_reported,
last_updated and conflicts (every value the reports disagree on, with the reports giving it). JSON and
JSONL add history: every value each field has had as reports came in ({field, value, previous,
recorded_at, document_ids}), oldest first.
Evidence holds every source's spans. How each field is chosen:
${Object.entries(FIELD_RULES)
  .map(([field, rule]) => `  ${field}: ${rule}`)
  .join("\n")}`,
    )
    .action(async (options: FilterOptions & { db?: string; format: EventFormat; chain?: string }) => {
      if (options.sort?.includes("fatalities"))
        throw new SitrepError("bad-usage", "--sort: incidents sort by event_date or -event_date");
      const query = eventQueryOf(options);
      const store = await openStore(options.db);
      try {
        await completeIncidents(store);
        // JSON and JSONL carry each field's history; the flat formats keep the events' columns.
        const withHistory = options.format === "json" || options.format === "jsonl";
        if (options.chain)
          return void process.stdout.write(
            formatIncidents(
              await chainOf(store, options.chain, await store.listIncidents({ history: withHistory })),
              options.format,
            ),
          );
        const incidents = takeFirst(pagesOf(store, query, withHistory), options.limit);
        await writeShaped(incidents, INCIDENT_SHAPES[options.format], process.stdout);
      } finally {
        await store.close();
      }
    });
}

/** Every incident the query matches, a page at a time, each page read only when the one before is written:
 * memory holds one page however many incidents there are. With `withHistory`, each page's field histories. */
export async function* pagesOf(
  store: Pick<Store, "queryIncidents" | "listIncidentHistory">,
  query: EventQuery,
  withHistory = false,
): AsyncGenerator<IncidentRecord> {
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await store.queryIncidents({ ...query, cursor, limit: LIST_LIMIT.max });
    const history = withHistory ? await store.listIncidentHistory(page.items.map((i) => i.incident_id)) : null;
    for (const incident of page.items)
      yield history ? { ...incident, history: history.get(incident.incident_id) ?? [] } : incident;
    cursor = page.next_cursor ?? undefined;
  }
}

/** The response chain of every member event (records/find-chain.ts), lifted to the incidents holding them. */
async function chainOf(store: Store, id: string, incidents: IncidentRecord[]): Promise<IncidentRecord[]> {
  const start = incidents.find((i) => i.incident_id === id || i.event_ids.includes(id));
  if (!start)
    throw new SitrepError("not-found", `no incident or event ${id} in the store (list them with: sitrep incidents)`);
  const [relations, events] = [await store.listRelations(), await store.listEvents()];
  const chain = new Set(start.event_ids.flatMap((e) => [...findChain(e, relations, events)]));
  return incidents.filter((i) => i.event_ids.some((e) => chain.has(e)));
}
