import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventWindow } from "../store/incidents-store.js";
import type { Store } from "../store/store.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { MERGE_SETTINGS } from "./merge-settings.js";
import { readNeighbours } from "./read-neighbours.js";

/** A store that answers every window with no events and records what it was asked. */
function countingStore(asked: EventWindow[]): Store {
  return {
    listEventsInWindow: async (window: EventWindow) => {
      asked.push(window);
      return [];
    },
  } as unknown as Store;
}

const dayOf = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

/** Twelve events in one country, ten days apart: a merge's seeds from a feed spread over months. */
const seedsTenDaysApart = () =>
  Array.from({ length: 12 }, (_, i) =>
    makeEventRecord(`doc-${i}`, 0, {
      event_date: dayOf(i * 10),
      date_start: dayOf(i * 10),
      date_end: dayOf(i * 10),
      iso3: "IRQ",
      country: "Iraq",
    }),
  );

describe("merge: reading the neighbours of a merge's seeds", () => {
  it("seeds spread over months are read in one window of each kind and country, not one a seed", async () => {
    const seeds = seedsTenDaysApart();
    const asked: EventWindow[] = [];
    const reader = readNeighbours(countingStore(asked), MERGE_SETTINGS);
    reader.readAround(seeds);
    for (const seed of seeds) assert.deepEqual(await reader.listLinked(seed), []);
    const dated = asked.filter((w) => typeof w !== "string" && "from" in w);
    assert.equal(dated.length, 1, "one dated window");
    const [window] = dated as { from: string; to: string; endsFrom?: string }[];
    assert.ok(window!.endsFrom! <= dayOf(0) && window!.to >= dayOf(110), "it covers every seed's dates");
  });

  it("without readAround, the same seeds read their window again as it widens", async () => {
    const seeds = seedsTenDaysApart();
    const asked: EventWindow[] = [];
    const reader = readNeighbours(countingStore(asked), MERGE_SETTINGS);
    for (const seed of seeds) await reader.listLinked(seed);
    assert.ok(asked.filter((w) => typeof w !== "string" && "from" in w).length > 1);
  });
});
