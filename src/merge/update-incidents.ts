// Incremental merging against the store. New events pull in, through the store's date index, every stored
// event they link to, transitively (the connected block); the block is clustered from scratch and its
// incidents replace the old ones in one transaction. Clustering depends only on the block's events and the
// block is the whole connected component, so any ingest order ends in the same incidents, and a new report
// touches only the incidents near it in date (and, in memory, country). Each update also records the history of
// the fields it changed (trace-history.ts).
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import type { EventWindow } from "../store/incidents-store.js";
import type { Store } from "../store/store.js";
import { findUndatedWindow, isLinked } from "./compare-items.js";
import { indexWindow, listCandidates, type WindowIndex } from "./index-window.js";
import { findChangedIncidents } from "./keep-unchanged.js";
import type { SourceDocument } from "./list-sources.js";
import { mergeEvents } from "./merge-events.js";
import { type MergeItem, toMergeItem } from "./merge-item.js";
import { MERGE_SETTINGS, type MergeSettings } from "./merge-settings.js";
import { traceHistory } from "./trace-history.js";

export type UpdateOptions = {
  /** Event ids just deleted (a reprocessed report's old events): their incidents are dropped and the rest of their
   * members merged again, so no incident outlives its events. */
  removed?: string[];
  /** The clock for the history's timestamps (tests pass a fixed one). */
  now?: () => Date;
};

export async function updateIncidents(
  store: Store,
  seeds: EventRecord[],
  settings: MergeSettings = MERGE_SETTINGS,
  options: UpdateOptions = {},
): Promise<IncidentRecord[]> {
  const removed = options.removed ?? [];
  if (seeds.length === 0 && removed.length === 0) return [];
  // As stored: a report repeating an event already stored added its source to that row (store/shared-events.ts).
  const stored = await store.listEventsByIds(seeds.map((e) => e.event_id));
  const survivors = await store.listEventsByIds(await store.listIncidentMembers(removed));
  const block = await collectBlock(store, [...stored, ...survivors], settings);
  const events = [...block.values()];
  const documentIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.document_id)))];
  const documents = new Map<string, SourceDocument>(
    (await store.listSourceDocuments(documentIds)).map((d) => [d.document_id, d]),
  );
  const incidents = mergeEvents(events, documents, settings);
  const before = await store.listIncidentsHolding([...block.keys(), ...removed]);
  // Only what changed is written: an incident the same as stored keeps its row and its history (tracing it again
  // would add nothing), and no changed incident shares an event with it.
  const { changed, replaced } = findChangedIncidents(before, incidents);
  const histories = await store.listIncidentHistory(replaced.map((i) => i.incident_id));
  const now = (options.now?.() ?? new Date()).toISOString();
  const dropped = [...replaced, ...changed].flatMap((i) => i.event_ids);
  await store.replaceIncidents([...dropped, ...removed], changed, traceHistory(replaced, histories, changed, now));
  return incidents;
}

/** Events with no incident yet get one (a database from before incidents, or a run stopped between writes). */
export async function completeIncidents(store: Store, settings: MergeSettings = MERGE_SETTINGS): Promise<number> {
  const orphans = await store.listEventsWithoutIncident();
  await updateIncidents(store, orphans, settings);
  return orphans.length;
}

async function collectBlock(
  store: Store,
  seeds: EventRecord[],
  settings: MergeSettings,
): Promise<Map<string, EventRecord>> {
  const block = new Map(seeds.map((e) => [e.event_id, e]));
  const queue = [...seeds];
  // An event's item (its sentence's stems) is made once, not once per comparison, which made a burst of reports on
  // one town and week quadratic in the block; and a block event meets only the window events near its dates.
  const items = new Map<string, MergeItem>();
  const itemOf = (event: EventRecord) =>
    items.get(event.event_id) ?? items.set(event.event_id, toMergeItem(event)).get(event.event_id)!;
  const windows = new Map<string, Promise<WindowIndex>>(); // the events of one report mostly share a window
  const readWindow = async (window: EventWindow) => indexWindow(await store.listEventsInWindow(window), settings);
  const listWindow = (window: EventWindow) => {
    const key = JSON.stringify(window);
    return windows.get(key) ?? windows.set(key, readWindow(window)).get(key)!;
  };
  while (queue.length > 0) {
    const event = queue.pop()!;
    const item = itemOf(event);
    for (const window of await Promise.all(windowsOf(item, settings).map(listWindow)))
      for (const near of listCandidates(window, item, settings)) {
        if (block.has(near.event_id) || !isLinked(item, itemOf(near), settings)) continue;
        block.set(near.event_id, near);
        queue.push(near);
      }
    // Members of incidents already holding block events come too, so no old incident is split by accident.
    if (queue.length === 0) queue.push(...(await listMissingMembers(store, block)));
  }
  return block;
}

async function listMissingMembers(store: Store, block: Map<string, EventRecord>): Promise<EventRecord[]> {
  const missing = (await store.listIncidentMembers([...block.keys()])).filter((id) => !block.has(id));
  const found = await store.listEventsByIds(missing);
  for (const e of found) block.set(e.event_id, e);
  return found;
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
