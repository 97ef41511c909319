// Incremental merging against the store. New events pull in, through the store's date index, every stored
// event they link to, transitively (the connected block); the block is clustered from scratch and its
// incidents replace the old ones in one transaction. Clustering depends only on the block's events and the
// block is the whole connected component, so any ingest order ends in the same incidents, and a new report
// touches only the incidents near it in date (and, in memory, country). Most new events take a short way with the
// same answer (join-new-events.ts: joined to the incidents they link to, the block left alone); the block is
// clustered again only when that does not hold. Each update also records the history of the fields it changed
// (trace-history.ts).
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import type { Store } from "../store/store.js";
import { buildIncident } from "./build-incident.js";
import { joinNewEvents } from "./join-new-events.js";
import { findChangedIncidents } from "./keep-unchanged.js";
import type { LinkCache } from "./link-cache.js";
import type { SourceDocument } from "./list-sources.js";
import { mergeEvents } from "./merge-events.js";
import { guardReader, guardStore } from "./merge-partition.js";
import { MERGE_SETTINGS, type MergeSettings } from "./merge-settings.js";
import { type NeighbourReader, readNeighbours } from "./read-neighbours.js";
import { traceHistory } from "./trace-history.js";

export type UpdateOptions = {
  /** Event ids just deleted (a reprocessed report's old events): their incidents are dropped and the rest of their
   * members merged again, so no incident outlives its events. */
  removed?: string[];
  /** The clock for the history's timestamps (tests pass a fixed one). */
  now?: () => Date;
  /** Told of every stored event the merge meets (its seeds, the events they link to, their incidents' members) before
   * it is used; throwing stops the merge (a merge of one partition meeting another's event: merge-partition.ts). */
  meet?: (event: EventRecord) => void;
  /** The windows and items already read for these seeds in this merge (merge-partition.ts: splitAtBorder). */
  neighbours?: NeighbourReader;
  /** A worker's items and links from its earlier merges (link-cache.ts), used again and kept up to date. */
  links?: LinkCache;
};

export async function updateIncidents(
  unguarded: Store,
  seeds: EventRecord[],
  settings: MergeSettings = MERGE_SETTINGS,
  options: UpdateOptions = {},
): Promise<IncidentRecord[]> {
  const removed = options.removed ?? [];
  if (seeds.length === 0 && removed.length === 0) return [];
  const store = options.meet ? guardStore(unguarded, options.meet) : unguarded;
  // As stored: a report repeating an event already stored added its source to that row (store/shared-events.ts).
  const stored = await store.listEventsByIds(seeds.map((e) => e.event_id));
  const read = options.neighbours ?? readNeighbours(store, settings, options.links);
  const reader = options.meet ? guardReader(read, options.meet) : read;
  const { made, rest } = await joinNewEvents(store, stored, reader, settings);
  const joined =
    made.length > 0
      ? await writeIncidents(store, made.flat(), [], options, (docs) => made.map((c) => buildIncident(c, docs)))
      : [];
  if (rest.length === 0 && removed.length === 0) return joined;
  // The block path, after the short way's incidents are stored: its block sees them as any stored incident.
  const survivors = await store.listEventsByIds(await store.listIncidentMembers(removed));
  const block = [...(await collectBlock([...rest, ...survivors], store, reader)).values()];
  const merged = await writeIncidents(store, block, removed, options, (docs) => mergeEvents(block, docs, settings));
  return [...joined, ...merged];
}

/** Stores the incidents `build` makes of these events that differ from the stored ones, with their history. */
async function writeIncidents(
  store: Store,
  events: EventRecord[],
  removed: string[],
  options: UpdateOptions,
  build: (documents: ReadonlyMap<string, SourceDocument>) => IncidentRecord[],
): Promise<IncidentRecord[]> {
  const documentIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.document_id)))];
  const documents = new Map<string, SourceDocument>(
    (await store.listSourceDocuments(documentIds)).map((d) => [d.document_id, d]),
  );
  const incidents = build(documents);
  const before = await store.listIncidentsHolding([...events.map((e) => e.event_id), ...removed]);
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
  seeds: EventRecord[],
  store: Store,
  reader: NeighbourReader,
): Promise<Map<string, EventRecord>> {
  const block = new Map(seeds.map((e) => [e.event_id, e]));
  const queue = [...seeds];
  while (queue.length > 0) {
    for (const near of await reader.listLinked(queue.pop()!)) {
      if (block.has(near.event_id)) continue;
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
