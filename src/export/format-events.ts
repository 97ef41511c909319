// Event records -> json | jsonl | csv | geojson, the export contract.
import { type EventRecord, readDateFrom } from "../records/event-record.js";

export const EVENT_FORMATS = ["json", "jsonl", "csv", "geojson"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** CSV columns: the record's, in contract order, without evidence (it does not fit a cell). ACLED's own
 * names come first; `fatalities` is ACLED's single column (the best estimate, 0 when none is stated, as
 * ACLED codes it; fatalities_known says which), the rest are sitrep's and list ids or values with ";". */
export const CSV_COLUMNS = [
  "event_id",
  "event_date",
  "date_start",
  "date_end",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "civilian_targeting",
  "country",
  "iso3",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "fatalities_low",
  "fatalities_best",
  "fatalities_high",
  "fatalities_known",
  "fatalities_split",
  "injuries_low",
  "injuries_best",
  "injuries_high",
  "injuries_known",
  "weapons",
  "other_tactics",
  "in_response_to",
  "same_incident",
  "claims",
  "sources",
  "notes",
  // Added after the contract's first release: new columns go last, so older readers keep their positions.
  "date_from",
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
  for (const event of events) lines.push(csvLine(event));
  return lines.join("\n") + "\n";
}

/** One event as a CSV line in CSV_COLUMNS order (no line break). */
export function csvLine(event: EventRecord): string {
  return CSV_COLUMNS.map((column) => csvCell(cellValue(event, column))).join(",");
}

function cellValue(event: EventRecord, column: (typeof CSV_COLUMNS)[number]): string {
  if (column === "sources") return event.sources.map((s) => s.origin).join(";");
  if (column === "fatalities") return String(event.fatalities_best ?? 0);
  if (column === "other_tactics")
    return (event.other_tactics ?? []).map((t) => `${t.event_type}: ${t.sub_event_type}`).join(";");
  if (column === "fatalities_split") return formatSplit(event.fatalities_split ?? null);
  if (column === "date_from") return readDateFrom(event) ?? "";
  const value = event[column];
  if (Array.isArray(value)) return value.join(";");
  return value === null || value === undefined ? "" : String(value);
}

/** "2/3 of 30 (by day)": this record's share of a stated total. */
function formatSplit(split: EventRecord["fatalities_split"]): string {
  if (!split) return "";
  const total = split.total_best === null ? "an unstated total" : String(split.total_best);
  return `${split.part}/${split.parts} of ${total} (by ${split.by})`;
}

/** RFC 4180: quote a cell holding a comma, quote or line break; double the quotes inside. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One event as a GeoJSON point feature, or null without coordinates. */
export function geoJsonFeature({ latitude, longitude, ...properties }: EventRecord) {
  if (latitude === null || longitude === null) return null;
  return { type: "Feature", geometry: { type: "Point", coordinates: [longitude, latitude] }, properties };
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
