// ACLED's public CSV layout (the columns of an export from acleddata.com, in its order), then sitrep's own
// columns, so a file opens in tools built for ACLED and still carries what sitrep adds. ACLED columns
// sitrep cannot fill (its numeric iso, region, admin2/3, source_scale, tags, timestamp) are left empty.
import { readDateFrom } from "../records/event-record.js";
import type { ReviewedEvent } from "../review/review-decision.js";

export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
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
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

/** sitrep's columns after ACLED's: what ACLED has no column for. */
export const SITREP_EXTRA_COLUMNS = [
  "iso3",
  "date_start",
  "date_end",
  "date_from",
  "fatalities_low",
  "fatalities_best",
  "fatalities_high",
  "fatalities_known",
  "injuries_low",
  "injuries_best",
  "injuries_high",
  "injuries_known",
  "weapons",
  "origins",
  "review_status",
  "reviewed_at",
  "reviewer",
] as const;

type AcledColumn = (typeof ACLED_COLUMNS)[number] | (typeof SITREP_EXTRA_COLUMNS)[number];

/** One event as ACLED's cells: ";" joins lists as ACLED does for sources; the interaction code is inter1 and
 * inter2 as ACLED pairs them (lower first). */
export function acledCells(event: ReviewedEvent): Record<AcledColumn, string> {
  const inters = [event.inter1, event.inter2].filter((n): n is number => n !== null).sort((a, b) => a - b);
  const text = (value: unknown) =>
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return {
    event_id_cnty: event.event_id,
    event_date: text(event.event_date),
    year: event.event_date?.slice(0, 4) ?? "",
    time_precision: text(event.time_precision),
    disorder_type: event.disorder_type,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: text(event.actor1),
    assoc_actor_1: text(event.assoc_actor_1),
    inter1: text(event.inter1),
    actor2: text(event.actor2),
    assoc_actor_2: text(event.assoc_actor_2),
    inter2: text(event.inter2),
    interaction: inters.length === 2 ? `${inters[0]}${inters[1]}` : inters.length === 1 ? `${inters[0]}0` : "",
    civilian_targeting: text(event.civilian_targeting),
    iso: "",
    region: "",
    country: text(event.country),
    admin1: text(event.admin1),
    admin2: "",
    admin3: "",
    location: text(event.location),
    latitude: text(event.latitude),
    longitude: text(event.longitude),
    geo_precision: text(event.geo_precision),
    source: [...new Set(event.sources.map((s) => s.publisher).filter(Boolean))].join("; "),
    source_scale: "",
    notes: event.notes,
    // ACLED codes an unstated toll as 0; fatalities_known says which it is.
    fatalities: String(event.fatalities_best ?? 0),
    tags: "",
    timestamp: "",
    iso3: text(event.iso3),
    date_start: text(event.date_start),
    date_end: text(event.date_end),
    // "report": time_precision 2 is the week up to the report's day, no words of it date the event.
    date_from: text(readDateFrom(event)),
    fatalities_low: text(event.fatalities_low),
    fatalities_best: text(event.fatalities_best),
    fatalities_high: text(event.fatalities_high),
    fatalities_known: String(event.fatalities_known),
    injuries_low: text(event.injuries_low),
    injuries_best: text(event.injuries_best),
    injuries_high: text(event.injuries_high),
    injuries_known: String(event.injuries_known),
    weapons: text(event.weapons),
    origins: event.sources.map((s) => s.origin).join("; "),
    review_status: event.review?.status ?? "unreviewed",
    reviewed_at: event.review?.reviewed_at ?? "",
    reviewer: event.review?.reviewer ?? "",
  };
}
