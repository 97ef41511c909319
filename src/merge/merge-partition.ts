// Which merges can run at the same time. Two events of different countries never link (compare-items:
// hasCompatiblePlaces), so the merges of two countries read and rewrite disjoint incidents and can run side by side,
// each holding its country's partition. An event of no country can link to events of any country, so its merge takes
// the whole store; except an undated one that can show neither place nor actor, which links to nothing
// (canLinkUndated) and which no other event can link to: its incident is itself alone, a partition of its own.
// A country's merge still meets events of no country: the seeds that link to one are set apart first (splitAtBorder)
// and merged holding the whole store; one met further on (an incident's member, the block path) stops the merge with
// LeftPartition (before writing, unless met only on the block path) and the caller merges it again holding the whole
// store, which gives the same incidents (a merge is idempotent: the retry of a killed one relies on it too).
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { canLinkUndated } from "./compare-items.js";
import { toMergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";
import { type NeighbourReader, readNeighbours } from "./read-neighbours.js";

/** The partition every merge can take: the whole store, held alone. */
export const WHOLE_STORE = "*";
/** Events of no country that link to nothing. */
export const UNLINKABLE = "-";

/** The partition whose merges may merge this event: its country, UNLINKABLE or WHOLE_STORE. */
export function findPartition(event: EventRecord, settings: MergeSettings): string {
  if (event.iso3) return event.iso3;
  const item = toMergeItem(event);
  return item.dayStart === null && !canLinkUndated(item, settings) ? UNLINKABLE : WHOLE_STORE;
}

export class LeftPartition extends Error {
  constructor(
    readonly partition: string,
    readonly eventId: string,
  ) {
    super(`a merge of partition ${partition} met event ${eventId} of another`);
    this.name = "LeftPartition";
  }
}

/** A check for every event a merge of `partition` meets: throws LeftPartition on one outside it. */
export function checkPartition(partition: string, settings: MergeSettings): (event: EventRecord) => void {
  return (event) => {
    if (partition !== WHOLE_STORE && findPartition(event, settings) !== partition)
      throw new LeftPartition(partition, event.event_id);
  };
}

/** The store, with every event it reads by id checked (the merge's seeds and the members of their incidents). */
export function guardStore(store: Store, check: (event: EventRecord) => void): Store {
  const guarded: Store = Object.create(store);
  guarded.listEventsByIds = async (ids) => {
    const events = await store.listEventsByIds(ids);
    for (const event of events) check(event);
    return events;
  };
  return guarded;
}

/** The reader, with every event a link leads to checked. */
export function guardReader(reader: NeighbourReader, check: (event: EventRecord) => void): NeighbourReader {
  return {
    itemOf: reader.itemOf,
    readAround: reader.readAround,
    async listLinked(event) {
      const linked = await reader.listLinked(event);
      for (const near of linked) check(near);
      return linked;
    },
  };
}

/** The seeds of a partition's merge apart from those that link to an event outside it (an event of no country), to
 * an incident holding one (a merge of the whole store put it there) or to such a seed: the first can be merged holding the
 * partition, the others need the whole store. With the reader, so that the partition's merge does not read the
 * windows again. */
export async function splitAtBorder(
  store: Store,
  seeds: EventRecord[],
  partition: string,
  settings: MergeSettings,
): Promise<{ inside: EventRecord[]; crossing: EventRecord[]; reader: NeighbourReader }> {
  const reader = readNeighbours(store, settings);
  const isInside = (event: EventRecord) => findPartition(event, settings) === partition;
  const links = new Map<string, EventRecord[]>();
  reader.readAround(seeds);
  for (const seed of seeds) links.set(seed.event_id, await reader.listLinked(seed));
  const linkedIds = [...new Set([...links.values()].flat().map((e) => e.event_id))];
  const incidents = await store.listIncidentsHolding(linkedIds);
  const outside = new Set(
    (await store.listEventsByIds(incidents.flatMap((i) => i.event_ids)))
      .filter((e) => !isInside(e))
      .map((e) => e.event_id),
  );
  const mixed = new Set(incidents.filter((i) => i.event_ids.some((id) => outside.has(id))).flatMap((i) => i.event_ids));
  const crossingIds = new Set(
    seeds
      .filter((seed) => links.get(seed.event_id)!.some((e) => !isInside(e) || mixed.has(e.event_id)))
      .map((seed) => seed.event_id),
  );
  // A seed linked to a crossing seed crosses too: merged without it, it would find that seed in no incident and take
  // the block path, which follows links on to the event outside.
  for (let grew = true; grew; ) {
    grew = false;
    for (const seed of seeds)
      if (!crossingIds.has(seed.event_id) && links.get(seed.event_id)!.some((e) => crossingIds.has(e.event_id))) {
        crossingIds.add(seed.event_id);
        grew = true;
      }
  }
  const inside = seeds.filter((seed) => !crossingIds.has(seed.event_id));
  const crossing = seeds.filter((seed) => crossingIds.has(seed.event_id));
  return { inside, crossing, reader };
}
