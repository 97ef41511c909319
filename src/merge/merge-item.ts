// What the matcher compares: the parts of a record that say whether two records are one incident,
// normalised once (dates as day numbers, actor names lower-cased, sentence as word stems) so a block of
// thousands of pairs compares numbers and sets, not strings. Event records and ECB+ gold mentions both
// become items; a part a source does not give is null and never counts for or against a match.
import { type EventRecord, isDatedByReport } from "../records/event-record.js";
import { findContentStems, stemWord } from "./content-words.js";

export type MergeItem = {
  id: string;
  /** The reports giving this record: usually one; several when reports repeat one event word for word. */
  documentIds: Set<string>;
  eventType: string | null;
  subEventType: string | null;
  /** Canonical names on each side (actor and associated actors), lower-cased. */
  actors1: Set<string>;
  actors2: Set<string>;
  /** Days since 1970-01-01 (UTC), inclusive interval; null when undated. */
  dayStart: number | null;
  dayEnd: number | null;
  timePrecision: 1 | 2 | 3 | null;
  iso3: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: 1 | 2 | 3 | null;
  words: Set<string>;
  triggers: Set<string>;
  /** Day number of the earliest report of this record: an undated event happened on or before it. */
  publishedDay: number | null;
};

export function toMergeItem(event: EventRecord): MergeItem {
  const { dayStart, dayEnd } = findEventDays(event);
  return {
    id: event.event_id,
    documentIds: new Set(event.sources.length ? event.sources.map((s) => s.document_id) : [event.event_id]),
    eventType: event.event_type,
    subEventType: event.sub_event_type,
    actors1: toNameSet([event.actor1, ...event.assoc_actor_1]),
    actors2: toNameSet([event.actor2, ...event.assoc_actor_2]),
    dayStart,
    dayEnd,
    timePrecision: isDatedByReport(event) ? null : event.time_precision,
    iso3: event.iso3,
    location: event.location?.toLowerCase() ?? null,
    latitude: event.latitude,
    longitude: event.longitude,
    geoPrecision: event.geo_precision,
    words: findContentStems(event.notes),
    triggers: new Set((event.evidence.event_type ?? []).map((e) => stemWord(e.text))),
    publishedDay: findEarliestDay(event.sources.map((s) => s.published)),
  };
}

/** The item's day interval alone, for indexing records by date before making their items. */
export function findEventDays(event: EventRecord): { dayStart: number | null; dayEnd: number | null } {
  // A date only the report's week gives says no more than the undated lookback does, and must not pass
  // for a stated one: such a record joins as an undated one (compare-items.ts).
  if (isDatedByReport(event)) return { dayStart: null, dayEnd: null };
  const dayStart = toDayNumber(event.date_start ?? event.event_date);
  return { dayStart, dayEnd: toDayNumber(event.date_end) ?? dayStart };
}

export function toDayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const ms = Date.parse(date.slice(0, 10) + "T00:00:00Z");
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

function findEarliestDay(dates: (string | null)[]): number | null {
  const days = dates.map(toDayNumber).filter((d): d is number => d !== null);
  return days.length ? Math.min(...days) : null;
}

function toNameSet(names: (string | null)[]): Set<string> {
  return new Set(names.filter((n): n is string => !!n).map((n) => n.toLowerCase()));
}
