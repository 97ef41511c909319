// Incremental updates against the store end where merging everything at once ends, whatever the order the
// reports arrive in: 24 invented reports of 8 strikes (some a day off, some without place name, one in
// another country on the same day) fed one report at a time in three orders.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { openSqliteStore } from "../store/sqlite.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { mergeEvents } from "./merge-events.js";
import { updateIncidents } from "./update-incidents.js";

const TOWNS = [
  ["Alpha", 36.2, 37.1, "SYR"],
  ["Bravo", 36.9, 38.0, "SYR"],
  ["Charlie", 35.1, 36.7, "SYR"],
  ["Delta", 36.3, 43.1, "IRQ"],
] as const;

function report(strike: number, copy: number): EventRecord {
  const [town, lat, lon, iso3] = TOWNS[strike % TOWNS.length];
  const day = 10 + (strike % 3) + (copy === 2 && strike % 2 === 0 ? 1 : 0); // some reports date it a day later
  const date = `2026-05-${day}`;
  const doc = `s${strike}c${copy}`;
  return makeEventRecord(doc, 1, {
    event_date: date,
    date_start: date,
    date_end: date,
    event_type: "Explosions/Remote violence",
    sub_event_type: strike % 2 ? "Air/drone strike" : "Shelling/artillery/missile attack",
    actor1: copy === 1 ? null : `Forces ${strike % 2}`,
    country: null,
    iso3,
    admin1: null,
    location: copy === 0 ? null : town,
    latitude: lat,
    longitude: lon,
    geo_precision: copy === 0 ? 2 : 1,
    fatalities_low: strike + copy,
    fatalities_best: strike + copy,
    fatalities_high: strike + copy,
    sources: [{ document_id: doc, origin: `${doc}.txt`, publisher: `Outlet ${copy}`, published: date }],
    evidence: { event_type: [{ document_id: doc, start: 0, end: 6, text: "strike" }] },
    notes: `A strike hit ${town} killing ${strike + copy} people, residents said.`,
  });
}

const reports = Array.from({ length: 8 }, (_, s) => [0, 1, 2].map((c) => report(s, c))).flat();

async function ingestOneByOne(order: EventRecord[]): Promise<string> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-order-")), "s.db"));
  try {
    for (const event of order) {
      const doc = {
        id: event.sources[0].document_id,
        text: event.notes,
        meta: { origin: event.sources[0].origin, publisher: event.sources[0].publisher!, published: event.event_date! },
        layers: {},
        events: [],
      };
      await store.saveDocument(doc, [event]);
      await updateIncidents(store, [event]);
    }
    return JSON.stringify(await store.listIncidents());
  } finally {
    await store.close();
  }
}

function shuffle<T>(list: T[], seed: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("merge: incremental updates", () => {
  it("one report at a time, in any order, gives the incidents of merging all at once", async () => {
    const documents = new Map(
      reports.map((e) => [e.sources[0].document_id, { ...e.sources[0], original_publisher: null, duplicate_of: null }]),
    );
    const all = mergeEvents(reports, documents);
    assert.ok(all.length > 1 && all.length < reports.length, `${all.length} incidents`);
    assert.ok(all.some((i) => i.event_ids.length === 3));
    const byId = (list: typeof all) =>
      JSON.stringify([...list].sort((a, b) => (a.incident_id < b.incident_id ? -1 : 1)));
    for (const seed of [1, 2, 3]) {
      const stored = JSON.parse(await ingestOneByOne(shuffle(reports, seed)));
      assert.equal(byId(stored), byId(all), `order ${seed}`);
    }
  });
});
