// The columns a list query filters and sorts on, derived from an event record (the reviewed one when there
// is a review): sort keys are never null, so keyset paging compares plain values and the indexes serve it.
import type { EventRecord } from "../records/event-record.js";
import type { Database } from "./schema.js";

export type EventColumns = Omit<Database["events"], "event_id" | "record" | "review_status">;

/** Undated events sort after every dated one in ascending order ('' < any date). */
export const UNDATED_KEY = "";
/** Unknown fatalities sort below a stated 0. */
export const UNKNOWN_FATALITIES_KEY = -1;

export function eventColumns(record: EventRecord): EventColumns {
  return {
    event_date: record.event_date,
    event_type: record.event_type,
    sub_event_type: record.sub_event_type,
    iso3: record.iso3,
    date_key: record.event_date ?? UNDATED_KEY,
    date_end_key: record.event_date ? maxKey(record.date_end ?? record.event_date, record.event_date) : UNDATED_KEY,
    fatalities_key: record.fatalities_best ?? UNKNOWN_FATALITIES_KEY,
    country: record.country,
    admin1: record.admin1,
    location: record.location,
    actors: actorsText(record),
    latitude: record.latitude,
    longitude: record.longitude,
  };
}

const maxKey = (a: string, b: string) => (a > b ? a : b);

/** Every actor name, lower-cased and one per line: the actor filter is a case-insensitive substring match. */
export function actorsText(record: Pick<EventRecord, "actor1" | "actor2" | "assoc_actor_1" | "assoc_actor_2">): string {
  return [record.actor1, record.actor2, ...(record.assoc_actor_1 ?? []), ...(record.assoc_actor_2 ?? [])]
    .filter((a): a is string => !!a)
    .join("\n")
    .toLowerCase();
}
