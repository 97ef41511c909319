// replayArea with several new events at once must give what clustering every event from scratch gives. The links are
// drawn at random (replayArea takes them as given, so any graph will do) among events whose actors clash, so that new
// events reorder the joins, split stored incidents and reach incidents outside the area, which then join it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { compareLinks, keyOf, offerLink, startClusters } from "./cluster-items.js";
import { type MergeItem, toMergeItem } from "./merge-item.js";
import { MERGE_SETTINGS } from "./merge-settings.js";
import { type RankedNear, replayArea } from "./replay-area.js";

const ACTORS = [null, null, "Forces A", "Forces B"];

function draw(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** `count` events of one town and day, each of its own report, with random actors, and random links among them. */
function inventGraph(count: number, random: () => number) {
  const events = Array.from({ length: count }, (_, i) => {
    const doc = `d${String(i).padStart(3, "0")}`;
    const actor = ACTORS[Math.floor(random() * ACTORS.length)];
    return makeEventRecord(doc, 1, {
      actor1: actor,
      actor2: null,
      sources: [{ document_id: doc, origin: doc, publisher: null, published: null }],
    });
  });
  const links = new Map<string, RankedNear[]>(events.map((e) => [e.event_id, []]));
  for (let a = 0; a < count; a++)
    for (let b = a + 1; b < count; b++) {
      if (random() > 0.08) continue;
      const [x, y] = [events[a], events[b]];
      const link = { rank: 0, score: Math.round(random() * 100) / 100, key: keyOf(x.event_id, y.event_id) };
      links.get(x.event_id)!.push({ ...link, near: y });
      links.get(y.event_id)!.push({ ...link, near: x });
    }
  for (const list of links.values()) list.sort(compareLinks);
  return { events, links };
}

const items = new Map<string, MergeItem>();
const itemOf = (event: EventRecord) =>
  items.get(event.event_id) ?? items.set(event.event_id, toMergeItem(event)).get(event.event_id)!;

/** Every event clustered from scratch over the links among `events` (cluster-items.ts, with given links). */
function clusterAll(events: EventRecord[], links: Map<string, RankedNear[]>): string[][] {
  const index = new Map(events.map((e, i) => [e.event_id, i]));
  const steps = events.flatMap((e, a) =>
    links
      .get(e.event_id)!
      .filter((link) => (index.get(link.near.event_id) ?? -1) > a)
      .map((link) => ({ link, a, b: index.get(link.near.event_id)! })),
  );
  steps.sort((x, y) => compareLinks(x.link, y.link));
  const clusters = startClusters(events.length);
  const all = events.map(itemOf);
  for (const { a, b } of steps) offerLink(clusters, a, b, all, MERGE_SETTINGS);
  return canonical(clusters.members.filter((m) => m.length > 0).map((m) => m.map((i) => events[i].event_id)));
}

const canonical = (clusters: string[][]) => clusters.map((c) => [...c].sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));

describe("merge: replaying an area with several new events", () => {
  it("ends in the clustering of every event from scratch, whatever the area had to take in", async () => {
    let outsideJoins = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const random = draw(seed);
      const { events, links } = inventGraph(40, random);
      const fresh = events.filter(() => random() < 0.2);
      const isFresh = new Set(fresh.map((e) => e.event_id));
      const old = events.filter((e) => !isFresh.has(e.event_id));
      const linksAmong = (kept: EventRecord[]) => {
        const ids = new Set(kept.map((e) => e.event_id));
        return new Map(kept.map((e) => [e.event_id, links.get(e.event_id)!.filter((l) => ids.has(l.near.event_id))]));
      };
      const stored = clusterAll(old, linksAmong(old)).map((ids) =>
        ids.map((id) => events.find((e) => e.event_id === id)!),
      );
      const clusterOf = new Map(stored.flatMap((c) => c.map((e) => [e.event_id, c] as const)));
      const area = [
        ...new Set(fresh.flatMap((e) => links.get(e.event_id)!.map((l) => clusterOf.get(l.near.event_id)))),
      ].filter((c) => c !== undefined);
      for (;;) {
        const replay = replayArea(
          [...fresh, ...area.flat()],
          fresh.length,
          (e) => links.get(e.event_id)!,
          itemOf,
          MERGE_SETTINGS,
        );
        if ("outside" in replay) {
          outsideJoins += 1;
          area.push(clusterOf.get(replay.outside.event_id)!);
          continue;
        }
        const untouched = stored.filter((c) => !area.includes(c));
        const got = canonical([...untouched, ...replay.clusters].map((c) => c.map((e) => e.event_id)));
        assert.deepEqual(got, clusterAll(events, links), `seed ${seed}`);
        break;
      }
    }
    // The case the side-by-side run exists for must have come up.
    assert.ok(outsideJoins > 5, `${outsideJoins} incidents taken into an area`);
  });
});
