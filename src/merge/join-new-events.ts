// The short way to merge new events, with the answer of re-clustering their whole block. A stored incident is a
// cluster of that clustering; a new event X links to events of some incidents C1…Cm. When X and every member of
// C1…Cm are pairwise compatible, clustering the block with X gives the stored incidents, with C1…Cm and X joined
// into one: run the old and the new clustering side by side over the ordered pairs; within U = X ∪ C1…Cm no join is
// ever refused (all compatible) and every pair is a link of a connected U, so U ends as one cluster; a pair from U
// to an event outside it was refused in the old run (else they would share an incident), and the new run's U-side
// cluster holds at least as much, so it is refused again; pairs outside U meet the same clusters in both runs. The
// cost is X's window and the incidents it links to, not the block: a dense town's week, or every report's undated
// event of one day (issue #17's kill test), no longer sorts its whole block's pairs at each report.
// Whenever that condition does not hold (X clashes with an incident it links to, two of them clash, X was stored
// before, an event it links to has no incident), the caller re-clusters X's block instead, after the others are joined.
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { isCompatible } from "./compare-items.js";
import type { MergeSettings } from "./merge-settings.js";
import type { NeighbourReader } from "./read-neighbours.js";

export type Joined = {
  /** The clusters the new events made, each with the stored incidents it took up. */
  made: EventRecord[][];
  /** The new events the short way does not hold for: the block path merges them. */
  rest: EventRecord[];
};

export async function joinNewEvents(
  store: Store,
  seeds: EventRecord[],
  reader: NeighbourReader,
  settings: MergeSettings,
): Promise<Joined> {
  const linked = new Map<string, EventRecord[]>();
  for (const seed of seeds) linked.set(seed.event_id, await reader.listLinked(seed));
  const seedIds = new Set(seeds.map((s) => s.event_id));
  const near = [...new Set([...linked.values()].flat().map((e) => e.event_id))].filter((id) => !seedIds.has(id));
  const clusterOf = await readClusters(store, [...near, ...seedIds]);
  const made = new Set<EventRecord[]>();
  const rest: EventRecord[] = [];
  // One seed at a time, each against the clusters of the stored events and of the seeds joined before it: each step
  // is exact, and the clustering depends only on the set of events, so the order of the seeds does not matter.
  for (const seed of [...seeds].sort((a, b) => (a.event_id < b.event_id ? -1 : 1))) {
    const links = linked.get(seed.event_id)!;
    // A seed not joined yet is left out here: it links back to this one when its own turn comes.
    const clusters = [...new Set(links.map((e) => clusterOf.get(e.event_id)))].filter((c) => c !== undefined);
    // A seed already in an incident is a repeated event that gained a source (its item changed under its incident);
    // a linked event in no incident, or in one with a lost member, is not in the clustering the store holds.
    const isStoredClustering =
      !clusterOf.has(seed.event_id) &&
      links.every((e) => seedIds.has(e.event_id) || clusterOf.has(e.event_id)) &&
      clusters.every((c) => c !== STALE);
    if (!isStoredClustering || !areCompatible([[seed], ...clusters], reader, settings)) {
      rest.push(seed);
      continue;
    }
    const joined = [seed, ...clusters.flat()];
    for (const event of joined) clusterOf.set(event.event_id, joined);
    for (const cluster of clusters) made.delete(cluster);
    made.add(joined);
  }
  return { made: [...made], rest };
}

/** An incident some of whose members are gone (the block path drops them). */
const STALE: EventRecord[] = [];

/** The stored incidents holding these events, as clusters of their member events, by member id. */
async function readClusters(store: Store, eventIds: string[]): Promise<Map<string, EventRecord[]>> {
  const incidents = await store.listIncidentsHolding(eventIds);
  const members = await store.listEventsByIds(incidents.flatMap((i) => i.event_ids));
  const byId = new Map(members.map((e) => [e.event_id, e]));
  const clusterOf = new Map<string, EventRecord[]>();
  for (const incident of incidents) {
    const found = incident.event_ids.map((id) => byId.get(id)).filter((e) => e !== undefined);
    const cluster = found.length === incident.event_ids.length ? found : STALE;
    for (const id of incident.event_ids) clusterOf.set(id, cluster);
  }
  return clusterOf;
}

/** Every pair across these clusters compatible (within each, the clustering already made them so). */
function areCompatible(clusters: EventRecord[][], reader: NeighbourReader, settings: MergeSettings): boolean {
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++)
      for (const a of clusters[i])
        for (const b of clusters[j]) if (!isCompatible(reader.itemOf(a), reader.itemOf(b), settings)) return false;
  return true;
}
