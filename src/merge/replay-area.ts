// Clustering replayed over the area new events disturb, when one clashes with an incident it links to or joins two
// that clash (join-new-events.ts takes the case where nothing clashes). The area is the new events and whole stored
// incidents; the links inside it are taken in the clustering's order for two runs side by side: the new one (with
// the new events) and the old one (without any of them, which rebuilds the stored incidents as they grew). Outside
// the area nothing differs as long as every link from the area out is refused in the new run as it was in the old,
// and a link out is surely refused when the new run's cluster at that moment holds the old run's cluster (clashes
// only grow), or when it clashes with the outside event itself. When neither holds, the outside event's incident
// joins the area and the replay starts again; at worst the area becomes the block, which is what the block path
// clusters. The argument does not count the new events, so all the new events of an area are replayed at once: one
// at a time, a merge of N reports in a dense town's week replayed that week's area N times (bench/RESULTS.md,
// workers, session 17).
import type { EventRecord } from "../records/event-record.js";
import { compareLinks, findRoot, keyOf, offerLink, type RankedLink, rankOf, startClusters } from "./cluster-items.js";
import { isCompatible, scorePair } from "./compare-items.js";
import type { MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export type AreaReplay =
  | { clusters: EventRecord[][] }
  /** An outside event whose link out the replay cannot show refused. */
  | { outside: EventRecord };

/** A link of an area event, ranked and scored once a merge (the same events meet in the areas of many new events). */
export type RankedNear = RankedLink & { near: EventRecord };

type Step = { link: RankedNear; a: number; b: number };

/** `event`'s links, ranked and scored, in the clustering's order. */
export function rankLinks(
  event: EventRecord,
  links: EventRecord[],
  itemOf: (event: EventRecord) => MergeItem,
  settings: MergeSettings,
): RankedNear[] {
  const item = itemOf(event);
  return links
    .map((near) => {
      const other = itemOf(near);
      const key = keyOf(event.event_id, near.event_id);
      return { near, rank: rankOf(item, other), score: scorePair(item, other, settings), key };
    })
    .sort(compareLinks);
}

/** `area`'s first `newCount` events are the new ones; `linksOf` gives each area event's links among the events clustered so far, ranked
 * (rankLinks): the steps are then runs already in order, which the sort merges. */
export function replayArea(
  area: EventRecord[],
  newCount: number,
  linksOf: (event: EventRecord) => RankedNear[],
  itemOf: (event: EventRecord) => MergeItem,
  settings: MergeSettings,
): AreaReplay {
  const index = new Map(area.map((e, i) => [e.event_id, i]));
  const items = area.map(itemOf);
  const steps: Step[] = [];
  area.forEach((event, a) => {
    for (const link of linksOf(event)) {
      const b = index.get(link.near.event_id) ?? -1;
      if (b !== -1 && b < a) continue; // each inside link once
      steps.push({ link, a, b });
    }
  });
  steps.sort((x, y) => compareLinks(x.link, y.link));
  const now = startClusters(area.length);
  const before = startClusters(area.length); // the new events (below newCount) never join anything here
  for (const step of steps) {
    if (step.b !== -1) {
      offerLink(now, step.a, step.b, items, settings);
      if (step.a >= newCount && step.b >= newCount) offerLink(before, step.a, step.b, items, settings);
      continue;
    }
    const root = findRoot(now.owner, step.a);
    const held = before.members[findRoot(before.owner, step.a)];
    if (step.a >= newCount && held.every((i) => findRoot(now.owner, i) === root)) continue;
    const outside = itemOf(step.link.near);
    if (now.members[root].some((i) => !isCompatible(items[i], outside, settings))) continue;
    return { outside: step.link.near };
  }
  return { clusters: now.members.filter((m) => m.length > 0).map((m) => m.map((i) => area[i])) };
}
