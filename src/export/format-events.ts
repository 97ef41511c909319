// Event records -> json | jsonl | csv | geojson, the export contract.
import type { EventRecord } from "../merge/event-record.js";

export const EVENT_FORMATS = ["json", "jsonl", "csv", "geojson"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** CSV columns: the record's, in contract order, without evidence (it does not fit a cell). */
export const CSV_COLUMNS = [
  "event_id", "event_date", "date_start", "date_end", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "iso3", "admin1", "location",
  "latitude", "longitude", "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_known",
  "weapons", "sources", "notes",
] as const;

export function formatEvents(events: EventRecord[], format: EventFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(events, null, 2) + "\n";
    case "jsonl":
      return events.map((e) => JSON.stringify(e)).join("\n") + (events.length ? "\n" : "");
    case "csv":
      return toCsv(events);
    case "geojson":
      return JSON.stringify(toGeoJson(events), null, 2) + "\n";
  }
}

function toCsv(events: EventRecord[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const event of events) lines.push(CSV_COLUMNS.map((column) => csvCell(cellValue(event, column))).join(","));
  return lines.join("\n") + "\n";
}

function cellValue(event: EventRecord, column: (typeof CSV_COLUMNS)[number]): string {
  if (column === "sources") return event.sources.map((s) => s.origin).join(";");
  const value = event[column];
  if (Array.isArray(value)) return value.join(";");
  return value === null || value === undefined ? "" : String(value);
}

/** RFC 4180: quote a cell holding a comma, quote or line break; double the quotes inside. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toGeoJson(events: EventRecord[]) {
  return {
    type: "FeatureCollection",
    features: events
      .filter((e) => e.latitude !== null && e.longitude !== null)
      .map(({ latitude, longitude, ...properties }) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [longitude, latitude] },
        properties,
      })),
  };
}
