// Rows of an ACLED export (the public CSV layout: event_date, disorder_type, event_type, sub_event_type,
// actor1, inter1, actor2, inter2, country, admin1, location, latitude, longitude, fatalities, notes,
// timestamp, ...). Any *.csv in the folder is read; columns sitrep does not score are ignored.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export type AcledRow = {
  id: string;
  eventDate: string;
  eventType: string;
  subEventType: string;
  actor1: string;
  inter1: number | null;
  actor2: string;
  inter2: number | null;
  country: string;
  admin1: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  fatalities: number;
  notes: string;
  /** The day the row was published by ACLED (from `timestamp`), the reference for "Sunday" in the notes. */
  uploaded: string | undefined;
};

export function readAcledRows(dir: string, limit?: number): AcledRow[] {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort();
  const records = files.flatMap(
    (f) =>
      parse(readFileSync(join(dir, f), "utf8"), {
        columns: true,
        skip_empty_lines: true,
        bom: true,
        comment: "#",
      }) as Record<string, string>[],
  );
  const rows = records.filter((r) => (r.notes ?? "").trim() !== "").map(toAcledRow);
  return limit ? rows.slice(0, limit) : rows;
}

function toAcledRow(r: Record<string, string>, index: number): AcledRow {
  return {
    id: r.event_id_cnty || String(index + 1),
    eventDate: toIsoDay(r.event_date),
    eventType: r.event_type?.trim() ?? "",
    subEventType: r.sub_event_type?.trim() ?? "",
    actor1: r.actor1?.trim() ?? "",
    inter1: toNumber(r.inter1),
    actor2: r.actor2?.trim() ?? "",
    inter2: toNumber(r.inter2),
    country: r.country?.trim() ?? "",
    admin1: r.admin1?.trim() ?? "",
    location: r.location?.trim() ?? "",
    latitude: toNumber(r.latitude),
    longitude: toNumber(r.longitude),
    fatalities: toNumber(r.fatalities) ?? 0,
    notes: r.notes.trim(),
    uploaded:
      r.timestamp && /^\d{9,}$/.test(r.timestamp.trim())
        ? new Date(Number(r.timestamp) * 1000).toISOString().slice(0, 10)
        : undefined,
  };
}

/** ACLED writes "27 June 2021" in exports and "2021-06-27" in its API; both become YYYY-MM-DD. */
export function toIsoDay(value: string | undefined): string {
  const text = (value ?? "").trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const parsed = new Date(`${text} UTC`);
  return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString().slice(0, 10);
}

function toNumber(value: string | undefined): number | null {
  const text = (value ?? "").trim();
  return text === "" || Number.isNaN(Number(text)) ? null : Number(text);
}
