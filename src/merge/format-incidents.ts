// Incident records -> json | jsonl | csv | geojson: the event export's columns (incident_id and event_ids in
// place of event_id) plus corroboration, first_reported, last_updated and conflicts.
import { CSV_COLUMNS, csvCell, EVENT_FORMATS, type EventFormat } from "../export/format-events.js";
import type { Shape } from "../export/write-events.js";
import type { IncidentRecord } from "../records/incident-record.js";

export const INCIDENT_FORMATS = EVENT_FORMATS;

export const INCIDENT_CSV_COLUMNS = [
  "incident_id",
  "event_ids",
  "corroboration",
  "first_reported",
  "last_updated",
  ...CSV_COLUMNS.filter((c) => c !== "event_id" && c !== "fatalities_split"),
  "conflicts",
] as const;

export function formatIncidents(incidents: IncidentRecord[], format: EventFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(incidents, null, 2) + "\n";
    case "jsonl":
      return incidents.map((i) => JSON.stringify(i) + "\n").join("");
    case "csv":
      return (
        [
          INCIDENT_CSV_COLUMNS.join(","),
          ...incidents.map((i) => INCIDENT_CSV_COLUMNS.map((c) => csvCell(cellValue(i, c))).join(",")),
        ].join("\n") + "\n"
      );
    case "geojson":
      return JSON.stringify(toGeoJson(incidents), null, 2) + "\n";
  }
}

/** The same formats a record at a time, for `sitrep incidents` to write as the pages arrive. */
export const INCIDENT_SHAPES: Record<EventFormat, Shape<IncidentRecord>> = {
  json: { head: "[\n", line: (i) => JSON.stringify(i, null, 2), separator: ",\n", tail: "\n]\n" },
  jsonl: { head: "", line: (i) => JSON.stringify(i), separator: "\n", tail: "\n" },
  csv: {
    head: INCIDENT_CSV_COLUMNS.join(",") + "\n",
    line: (i) => INCIDENT_CSV_COLUMNS.map((c) => csvCell(cellValue(i, c))).join(","),
    separator: "\n",
    tail: "\n",
  },
  geojson: {
    head: '{"type":"FeatureCollection","features":[\n',
    line: (i) => {
      const [feature] = toGeoJson([i]).features;
      return feature ? JSON.stringify(feature) : null;
    },
    separator: ",\n",
    tail: "\n]}\n",
  },
};

function cellValue(incident: IncidentRecord, column: (typeof INCIDENT_CSV_COLUMNS)[number]): string {
  if (column === "sources") return incident.sources.map((s) => s.origin).join(";");
  if (column === "fatalities") return String(incident.fatalities_best ?? 0);
  if (column === "other_tactics")
    return incident.other_tactics.map((t) => `${t.event_type}: ${t.sub_event_type}`).join(";");
  // "fatalities: 12 (harbour-post) | 17 (valley-times)": every value with the reports that give it.
  if (column === "conflicts")
    return incident.conflicts
      .map((c) => `${c.field}: ${c.values.map((v) => `${v.value} (${v.document_ids.join(" ")})`).join(" | ")}`)
      .join(";");
  const value = incident[column as keyof IncidentRecord];
  if (Array.isArray(value)) return value.join(";");
  return value === null || value === undefined ? "" : String(value);
}

function toGeoJson(incidents: IncidentRecord[]) {
  return {
    type: "FeatureCollection",
    features: incidents
      .filter((i) => i.latitude !== null && i.longitude !== null)
      .map(({ latitude, longitude, ...properties }) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [longitude, latitude] },
        properties,
      })),
  };
}
