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
// before, an event it links to is in an incident that lost a member), the caller re-clusters X's block instead, after
// the others are joined. A stored event in no incident that is not a seed is one whose merge has not run yet (another
// worker's report, saved while this merge runs): it is left out of the clustering, as an unmerged seed is, and its
// own merge joins it. Treated as a clash, it sent every seed near it to the block path, which then re-clustered the
// whole dense block at each merge (bench/RESULTS.md, store, session 14).
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { isCompatible } from "./compare-items.js";
import type { MergeSettings } from "./merge-settings.js";
import type { NeighbourReader } from "./read-neighbours.js";
import { type RankedNear, rankLinks, replayArea } from "./replay-area.js";

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
  reader.readAround(seeds);
  for (const seed of seeds) linked.set(seed.event_id, await reader.listLinked(seed));
  const seedIds = new Set(seeds.map((s) => s.event_id));
  const near = [...new Set([...linked.values()].flat().map((e) => e.event_id))].filter((id) => !seedIds.has(id));
  const clusterOf = new Map<string, EventRecord[]>();
  await readClusters(store, [...near, ...seedIds], clusterOf, seedIds);
  const made = new Set<EventRecord[]>();
  const rest: EventRecord[] = [];
  const isClustered = (e: EventRecord) => {
    const cluster = clusterOf.get(e.event_id);
    return cluster !== undefined && cluster !== STALE && cluster !== PENDING;
  };
  // An unmerged seed (not joined yet, or left to the block path) or stored event (its merge not run yet) is left out:
  // it is merged at its own turn. An event in an incident with a lost member is not in the clustering the store
  // holds: null.
  const linksOf = async (event: EventRecord) => {
    const links = linked.get(event.event_id) ?? (await reader.listLinked(event));
    linked.set(event.event_id, links);
    const unread = links.filter((e) => !clusterOf.has(e.event_id) && !seedIds.has(e.event_id));
    if (unread.length > 0)
      await readClusters(
        store,
        unread.map((e) => e.event_id),
        clusterOf,
        seedIds,
      );
    if (links.some((e) => clusterOf.get(e.event_id) === STALE && !seedIds.has(e.event_id))) return null;
    return links.filter(isClustered);
  };
  // Ranked once a merge: the areas of a dense town's week hold the same stored incidents seed after seed, and ranking
  // their links again for each replay was most of a merge (bench/RESULTS.md, store, session 14). `group`: new events
  // replayed with the area, linked to as if clustered.
  const ranked = new Map<string, RankedNear[]>();
  const rankedLinksOf = async (event: EventRecord, group: Set<string>) => {
    if (!(await linksOf(event))) return null;
    const all = ranked.get(event.event_id) ?? rankLinks(event, linked.get(event.event_id)!, reader.itemOf, settings);
    ranked.set(event.event_id, all);
    return all.filter((link) => isClustered(link.near) || group.has(link.near.event_id));
  };
  const settle = (area: Area) => {
    for (const cluster of area.before) made.delete(cluster);
    for (const cluster of area.after) {
      for (const event of cluster) clusterOf.set(event.event_id, cluster);
      made.add(cluster);
    }
  };
  // One seed at a time, each against the clusters of the stored events and of the seeds joined before it: each step
  // is exact, and the clustering depends only on the set of events, so the order of the seeds does not matter. A seed
  // that clashes waits, and the seeds that clash around the same incidents are replayed as one area afterwards.
  const clashing: EventRecord[] = [];
  for (const seed of [...seeds].sort((a, b) => (a.event_id < b.event_id ? -1 : 1))) {
    // A seed already in an incident is a repeated event that gained a source (its item changed under its incident).
    const links = clusterOf.has(seed.event_id) ? null : await linksOf(seed);
    if (!links) {
      rest.push(seed);
      continue;
    }
    const clusters = [...new Set(links.map((e) => clusterOf.get(e.event_id)!))];
    if (areCompatible([[seed], ...clusters], reader, settings))
      settle({ before: clusters, after: [[seed, ...clusters.flat()]] });
    else clashing.push(seed);
  }
  for (const group of groupClashing(clashing, linked, clusterOf)) {
    const area = await settleArea(group, clusterOf, linksOf, rankedLinksOf, reader, settings);
    if (area) settle(area);
    else rest.push(...group);
  }
  return { made: [...made], rest };
}

/** An incident some of whose members are gone (the block path drops them). */
const STALE: EventRecord[] = [];
/** No incident: a stored event whose merge has not run yet. */
const PENDING: EventRecord[] = [];

/** Adds the stored incidents holding these events, as clusters of their member events, by member id (incidents
 * are disjoint, so none of them holds an event already read); an event in none, not a seed, as PENDING. */
async function readClusters(
  store: Store,
  eventIds: string[],
  clusterOf: Map<string, EventRecord[]>,
  seedIds: Set<string>,
): Promise<void> {
  const incidents = await store.listIncidentsHolding(eventIds);
  const members = await store.listEventsByIds(incidents.flatMap((i) => i.event_ids));
  const byId = new Map(members.map((e) => [e.event_id, e]));
  for (const incident of incidents) {
    const found = incident.event_ids.map((id) => byId.get(id)).filter((e) => e !== undefined);
    const cluster = found.length === incident.event_ids.length ? found : STALE;
    for (const id of incident.event_ids) clusterOf.set(id, cluster);
  }
  for (const id of eventIds) if (!clusterOf.has(id) && !seedIds.has(id)) clusterOf.set(id, PENDING);
}

type Area = { before: EventRecord[][]; after: EventRecord[][] };

/** Clashing seeds that link to one another or to the same incident, in groups: each group is one area to replay.
 * Only a saving: each group's area is found again when it is replayed, after the groups before it. */
function groupClashing(
  seeds: EventRecord[],
  linked: Map<string, EventRecord[]>,
  clusterOf: Map<string, EventRecord[]>,
): EventRecord[][] {
  const owner = seeds.map((_, i) => i);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i])));
  const firstOf = new Map<unknown, number>(seeds.map((seed, i) => [seed.event_id, i]));
  seeds.forEach((seed, i) => {
    for (const near of linked.get(seed.event_id) ?? []) {
      const cluster = clusterOf.get(near.event_id);
      if (cluster === STALE || cluster === PENDING) continue;
      // An incident, or a seed (clashing ones are in no cluster yet).
      const key = cluster ?? near.event_id;
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, i);
      else owner[find(i)] = find(first);
    }
  });
  const groups = new Map<number, EventRecord[]>();
  seeds.forEach((seed, i) => {
    const group = groups.get(find(i));
    if (group) group.push(seed);
    else groups.set(find(i), [seed]);
  });
  return [...groups.values()];
}

/** The clusters around new events before and after they join them, or null when the store's clustering is not
 * complete there (the block path then merges the events). */
async function settleArea(
  group: EventRecord[],
  clusterOf: Map<string, EventRecord[]>,
  linksOf: (event: EventRecord) => Promise<EventRecord[] | null>,
  rankedLinksOf: (event: EventRecord, group: Set<string>) => Promise<RankedNear[] | null>,
  reader: NeighbourReader,
  settings: MergeSettings,
): Promise<Area | null> {
  const touched: EventRecord[][] = [];
  for (const seed of group) {
    const links = await linksOf(seed);
    if (!links) return null;
    for (const near of links) touched.push(clusterOf.get(near.event_id)!);
  }
  const groupIds = new Set(group.map((e) => e.event_id));
  const before = [...new Set(touched)];
  for (;;) {
    const area = [...group, ...before.flat()];
    const links = new Map<string, RankedNear[]>();
    for (const event of area) {
      const found = await rankedLinksOf(event, groupIds);
      if (!found) return null;
      links.set(event.event_id, found);
    }
    const replay = replayArea(area, group.length, (e) => links.get(e.event_id)!, reader.itemOf, settings);
    if ("clusters" in replay) return { before, after: replay.clusters };
    before.push(clusterOf.get(replay.outside.event_id)!);
  }
}

/** Every pair across these clusters compatible (within each, the clustering already made them so). */
function areCompatible(clusters: EventRecord[][], reader: NeighbourReader, settings: MergeSettings): boolean {
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++)
      for (const a of clusters[i])
        for (const b of clusters[j]) if (!isCompatible(reader.itemOf(a), reader.itemOf(b), settings)) return false;
  return true;
}
