// What a merge reads around its new events: the events each one links to, through the store's date windows. An
// event's item (its sentence's stems) is made once per merge, not once per comparison, which made a burst of reports
// on one town and week quadratic in the block; and an event meets only the window events near its dates.
import type { EventRecord } from "../records/event-record.js";
import type { EventWindow } from "../store/incidents-store.js";
import type { Store } from "../store/store.js";
import { findUndatedWindow, isLinked } from "./compare-items.js";
import { indexWindow, listCandidates, type WindowIndex } from "./index-window.js";
import { type MergeItem, toMergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export type NeighbourReader = {
  itemOf(event: EventRecord): MergeItem;
  /** The stored events `event` links to, itself left out. */
  listLinked(event: EventRecord): Promise<EventRecord[]>;
};

export function readNeighbours(store: Store, settings: MergeSettings): NeighbourReader {
  const items = new Map<string, MergeItem>();
  const itemOf = (event: EventRecord) =>
    items.get(event.event_id) ?? items.set(event.event_id, toMergeItem(event)).get(event.event_id)!;
  const windows = new Map<string, Promise<WindowIndex>>(); // the events of one report mostly share a window
  const readWindow = async (window: EventWindow) => indexWindow(await store.listEventsInWindow(window), settings);
  const listWindow = (window: EventWindow) => {
    const key = JSON.stringify(window);
    return windows.get(key) ?? windows.set(key, readWindow(window)).get(key)!;
  };
  const listLinked = async (event: EventRecord) => {
    const item = itemOf(event);
    const linked = new Map<string, EventRecord>();
    for (const window of await Promise.all(windowsOf(item, settings).map(listWindow)))
      for (const near of listCandidates(window, item, settings))
        if (near.event_id !== event.event_id && !linked.has(near.event_id) && isLinked(item, itemOf(near), settings))
          linked.set(near.event_id, near);
    return [...linked.values()];
  };
  return { itemOf, listLinked };
}

/** Where linked events can be: dated ones whose date a tolerance (and the longest interval) away, undated ones
 * reported in the lookback days after it; for an undated event, the undated ones reported within a lookback of
 * it or with no date, and the dated ones in its lookback. Every window is read through an index. */
function windowsOf(item: MergeItem, settings: MergeSettings): EventWindow[] {
  const slack = Math.max(...Object.values(settings.dayToleranceByPrecision));
  const toDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  // Another country never links (compare-items), so the store is asked for this country and for no country only.
  const iso3 = item.iso3;
  if (item.dayStart === null) {
    const undated = findUndatedWindow(item, settings);
    if (!undated) return ["undated"];
    // Undated events link only to undated ones reported within a lookback (or reported with no date).
    const lookback = settings.undatedLookbackDays;
    return [
      "undated-unpublished",
      { publishedFrom: toDate(undated.to - lookback), publishedTo: toDate(undated.to + lookback), iso3 },
      { from: toDate(undated.from - slack - settings.maxIntervalDays), to: toDate(undated.to + slack), iso3 },
    ];
  }
  const end = item.dayEnd ?? item.dayStart;
  return [
    { from: toDate(item.dayStart - slack - settings.maxIntervalDays), to: toDate(end + slack), iso3 },
    {
      publishedFrom: toDate(item.dayStart - slack),
      publishedTo: toDate(end + slack + settings.undatedLookbackDays),
      iso3,
    },
  ];
}
