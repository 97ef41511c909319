import { Command } from "commander";
import { SitrepError } from "../errors.js";
import { EXPORT_FORMATS, type ExportFormat, writeEvents } from "../export/write-events.js";
import { findChain } from "../records/find-chain.js";
import type { ReviewedEvent } from "../review/review-decision.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { addFilterOptions, eventQueryOf, type FilterOptions, takeFirst } from "./filter-options.js";
import { parseChoice } from "./options.js";

type EventsOptions = FilterOptions & { db?: string; format: ExportFormat; chain?: string };

const FORMAT_HELP = `
json and jsonl carry each field's evidence: {document_id, start, end, text} with text equal to the
document's words at [start, end), and review (status, reviewer, reviewed_at; null when never reviewed).
Reviewed values are shown over extracted ones; rejected events are left out unless --status rejected or
--reviewed asks for them. csv has the same columns without evidence (arrays joined by ";"); acled-csv
has ACLED's columns in ACLED's order, then sitrep's; geojson holds the events that have coordinates.
Events are read from the store a page at a time and streamed, so any size of store fits in memory.`;

export function eventsCommand(): Command {
  return addFilterOptions(
    new Command("events")
      .description("print the stored events (ACLED column names, with evidence spans), filtered and sorted")
      .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
      .option(
        "--format <format>",
        `output format: ${EXPORT_FORMATS.join(", ")}`,
        parseChoice(EXPORT_FORMATS),
        "json" as ExportFormat,
      )
      .option(
        "--chain <event_id>",
        'only this event and every event it answers or is answered by ("in response to"), transitively',
      ),
  )
    .addHelpText("after", FORMAT_HELP)
    .action((options: EventsOptions) => printEvents(options));
}

export function exportCommand(): Command {
  return addFilterOptions(
    new Command("export")
      .description("export stored events for QGIS, R or pandas: ACLED's CSV layout by default")
      .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
      .option(
        "--format <format>",
        `output format: ${EXPORT_FORMATS.join(", ")}`,
        parseChoice(EXPORT_FORMATS),
        "acled-csv" as ExportFormat,
      ),
  )
    .addHelpText(
      "after",
      `${FORMAT_HELP}\nExample: sitrep export --reviewed --country SYR --format acled-csv > syria.csv`,
    )
    .action((options: EventsOptions) => printEvents(options));
}

async function printEvents(options: EventsOptions): Promise<void> {
  const query = eventQueryOf(options);
  const store = await openStore(options.db);
  try {
    const events = options.chain ? chainOf(store, options.chain) : store.iterateEvents(query);
    await writeEvents(takeFirst(events, options.limit), options.format, process.stdout);
  } finally {
    await store.close();
  }
}

/** The chain is read through the relations around the event, not the whole store. */
async function* chainOf(store: Store, eventId: string): AsyncGenerator<ReviewedEvent> {
  const start = await store.getEventDetail(eventId);
  if (!start) throw new SitrepError("not-found", `no event ${eventId} in the store (list them with: sitrep events)`);
  const relations = await store.listRelationsAround([eventId, ...start.extracted.same_incident]);
  const ids = [
    ...new Set([eventId, ...start.extracted.same_incident, ...relations.flatMap((r) => [r.from_id, r.to_id])]),
  ];
  const events = await store.getEventsByIds(ids);
  const chain = findChain(eventId, relations, events);
  yield* events
    .filter((e) => chain.has(e.event_id))
    .sort((a, b) => (a.event_date ?? "").localeCompare(b.event_date ?? "") || a.event_id.localeCompare(b.event_id));
}
