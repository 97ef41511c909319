// The events of one merge window, as items, indexed by the days they cover. A dated window spans the longest
// interval plus the slack (about five weeks) because the store cannot know which of its events a new one will
// meet; a block event then meets only the window's events whose dates come within the widest tolerance of its
// own, and the undated ones, as find-linked-pairs blocks a batch. Every pair it skips fails the date rule of
// compare-items anyway, so the block is the same; at 1M events a window held 17,000 events and every block event
// walked them all on the server's event loop.
import type { EventRecord } from "../records/event-record.js";
import { findEventDays, type MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export type WindowIndex = { all: EventRecord[]; byDay: Map<number, EventRecord[]>; undated: EventRecord[] };

/** Indexed by the records' own dates, so that items (sentence stems) are made only for the events compared. */
export function indexWindow(events: EventRecord[], settings: MergeSettings): WindowIndex {
  const index: WindowIndex = { all: events, byDay: new Map(), undated: [] };
  for (const event of events) {
    const { dayStart, dayEnd } = findEventDays(event);
    if (dayStart === null) {
      index.undated.push(event);
      continue;
    }
    // No record carries a longer interval (merge-settings), as in find-linked-pairs.
    const last = Math.min(dayEnd ?? dayStart, dayStart + settings.maxIntervalDays);
    for (let day = dayStart; day <= last; day++)
      (index.byDay.get(day) ?? index.byDay.set(day, []).get(day)!).push(event);
  }
  return index;
}

/** The window's events `item` may link to: for a dated item, those dated within the widest tolerance of its
 * dates and the undated ones; for an undated one, all (its date rule is the reports' publication). */
export function listCandidates(index: WindowIndex, item: MergeItem, settings: MergeSettings): Iterable<EventRecord> {
  if (item.dayStart === null) return index.all;
  const slack = Math.max(...Object.values(settings.dayToleranceByPrecision));
  const found = new Set<EventRecord>(index.undated);
  for (let day = item.dayStart - slack; day <= (item.dayEnd ?? item.dayStart) + slack; day++)
    for (const event of index.byDay.get(day) ?? []) found.add(event);
  return found;
}
