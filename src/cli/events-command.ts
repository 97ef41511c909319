import { Command } from "commander";
import { SitrepError } from "../errors.js";
import { EVENT_FORMATS, formatEvents, type EventFormat } from "../export/format-events.js";
import { findChain } from "../records/find-chain.js";
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { openStore } from "../store/open-store.js";
import { parseChoice } from "./options.js";

export function eventsCommand(): Command {
  return new Command("events")
    .description("print the stored events (ACLED column names, with evidence spans)")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", `output format: ${EVENT_FORMATS.join(", ")}`, parseChoice(EVENT_FORMATS), "json" as EventFormat)
    .option("--document <id>", "only events sourced from this document")
    .option("--chain <event_id>", "only this event and every event it answers or is answered by (\"in response to\"), transitively")
    .addHelpText(
      "after",
      `
json and jsonl carry each field's evidence: {document_id, start, end, text} with text equal to the
document's words at [start, end). csv has the same columns without evidence (arrays joined by ";");
geojson holds the events that have coordinates.`,
    )
    .action(async (options: { db?: string; format: EventFormat; document?: string; chain?: string }) => {
      const store = await openStore(options.db);
      try {
        const events = await store.listEvents({ documentId: options.document });
        process.stdout.write(formatEvents(options.chain ? await chainOf(store, options.chain, events) : events, options.format));
      } finally {
        await store.close();
      }
    });
}

async function chainOf(store: Store, eventId: string, events: EventRecord[]): Promise<EventRecord[]> {
  if (!events.some((e) => e.event_id === eventId)) throw new SitrepError("not-found", `no event ${eventId} in the store (list them with: sitrep events)`);
  const chain = findChain(eventId, await store.listRelations(), events);
  return events.filter((e) => chain.has(e.event_id));
}
