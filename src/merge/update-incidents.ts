// Incremental merging against the store. New events pull in, through the store's date index, every stored
// event they link to, transitively (the connected block); the block is clustered from scratch and its
// incidents replace the old ones in one transaction. Clustering depends only on the block's events and the
// block is the whole connected component, so any ingest order ends in the same incidents, and a new report
// touches only the incidents near it in date (and, in memory, country).
import type { EventRecord } from "../records/event-record.js";
import type { EventWindow } from "../store/incidents-store.js";
import type { Store } from "../store/store.js";
import { isLinked } from "./compare-items.js";
import type { IncidentRecord } from "../records/incident-record.js";
import type { SourceDocument } from "./list-sources.js";
import { mergeEvents } from "./merge-events.js";
import { toMergeItem, type MergeItem } from "./merge-item.js";
import { MERGE_SETTINGS, type MergeSettings } from "./merge-settings.js";

export async function updateIncidents(store: Store, seeds: EventRecord[], settings: MergeSettings = MERGE_SETTINGS): Promise<IncidentRecord[]> {
  if (seeds.length === 0) return [];
  const block = await collectBlock(store, seeds, settings);
  const events = [...block.values()];
  const documentIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.document_id)))];
  const documents = new Map<string, SourceDocument>((await store.listSourceDocuments(documentIds)).map((d) => [d.document_id, d]));
  const incidents = mergeEvents(events, documents, settings);
  await store.replaceIncidents([...block.keys()], incidents);
  return incidents;
}

/** Events with no incident yet get one (a database from before incidents, or a run stopped between writes). */
export async function completeIncidents(store: Store, settings: MergeSettings = MERGE_SETTINGS): Promise<number> {
  const orphans = await store.listEventsWithoutIncident();
  await updateIncidents(store, orphans, settings);
  return orphans.length;
}

async function collectBlock(store: Store, seeds: EventRecord[], settings: MergeSettings): Promise<Map<string, EventRecord>> {
  const block = new Map(seeds.map((e) => [e.event_id, e]));
  const queue = [...seeds];
  const windows = new Map<string, Promise<EventRecord[]>>(); // the events of one report mostly share a window
  const listNear = (item: MergeItem) => {
    const window = windowOf(item, settings);
    const key = JSON.stringify(window);
    return windows.get(key) ?? windows.set(key, store.listEventsInWindow(window)).get(key)!;
  };
  while (queue.length > 0) {
    const event = queue.pop()!;
    const item = toMergeItem(event);
    for (const near of await listNear(item)) {
      if (block.has(near.event_id) || !isLinked(item, toMergeItem(near), settings)) continue;
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
  if (missing.length === 0) return [];
  const wanted = new Set(missing);
  const found = (await store.listEvents()).filter((e) => wanted.has(e.event_id));
  for (const e of found) block.set(e.event_id, e);
  return found;
}

/** Dates a linked event can start on: its interval widened by the tolerance and by the longest interval. */
function windowOf(item: MergeItem, settings: MergeSettings): EventWindow {
  if (item.dayStart === null) return "undated";
  const slack = Math.max(...Object.values(settings.dayToleranceByPrecision));
  const toDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  // Another country never links (compare-items), so the store is asked for this country and for no country only.
  return { from: toDate(item.dayStart - slack - settings.maxIntervalDays), to: toDate((item.dayEnd ?? item.dayStart) + slack), iso3: item.iso3 };
}
