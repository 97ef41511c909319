// The short way of join-new-events.ts must give what clustering the whole block gives. Invented reports drawn at
// random (three towns of one country, three days, a few actors or none, some undated, some of two events) are fed
// in several orders and batch sizes; each run must end in the incidents of merging everything at once, and the
// runs must have mostly kept out of the block path. A dense block of undated reports with a place and an actor must
// take the short way, and one with neither (the kill test's shape) must not link at all. On each store backend.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { STORE_BACKENDS, type StoreBackend } from "../testing/store-backends.js";
import { watchStore } from "../testing/watch-store.js";
import { createLinkCache, type LinkCache } from "./link-cache.js";
import { mergeEvents } from "./merge-events.js";
import { MERGE_SETTINGS } from "./merge-settings.js";
import { updateIncidents } from "./update-incidents.js";

const TOWNS = [
  ["Alpha", 36.2, 37.1],
  ["Bravo", 36.9, 38.0],
  ["Charlie", 36.25, 37.15],
] as const;
const ACTORS = [null, "Forces A", "Forces B"];
const KINDS = [
  ["Explosions/Remote violence", "Air/drone strike", "strike"],
  ["Battles", "Armed clash", "clash"],
] as const;

function draw(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function inventReports(count: number, random: () => number): EventRecord[][] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, r) => {
    const doc = `d${String(r).padStart(3, "0")}`;
    const published = `2026-05-1${1 + Math.floor(random() * 3)}`;
    return Array.from({ length: random() < 0.3 ? 2 : 1 }, (_, e) => {
      const [town, lat, lon] = pick(TOWNS);
      const [type, sub, word] = pick(KINDS);
      const undated = random() < 0.25;
      const date = undated ? null : `2026-05-1${Math.floor(random() * 3)}`;
      const actor = pick(ACTORS);
      const placed = random() < 0.8;
      return makeEventRecord(doc, e + 1, {
        event_date: date,
        date_start: date,
        date_end: date,
        event_type: type,
        sub_event_type: sub,
        actor1: actor,
        iso3: "SYR",
        country: "Syria",
        location: placed ? town : null,
        latitude: placed ? lat : null,
        longitude: placed ? lon : null,
        geo_precision: placed ? 1 : 3,
        sources: [{ document_id: doc, origin: `${doc}.txt`, publisher: `Outlet ${r % 5}`, published }],
        evidence: { event_type: [{ document_id: doc, start: 0, end: word.length, text: word }] },
        notes: `A ${word} by ${actor ?? "unknown forces"} hit ${town}, residents said.`,
      });
    });
  });
}

async function saveReport(store: Store, events: EventRecord[]): Promise<void> {
  const source = events[0].sources[0];
  const meta = { origin: source.origin, publisher: source.publisher!, published: source.published! };
  await store.saveDocument({ id: source.document_id, text: events[0].notes, meta, layers: {}, events: [] }, events);
}

/** The stored incidents after feeding the reports in batches, and how many merges re-clustered a block. `ahead`
 * reports past each batch are saved before its merge runs, as a second worker saves its own meanwhile. With
 * `caches`, the batches' merges take turns with them, as workers that each keep theirs (link-cache.ts). */
async function feed(
  backend: StoreBackend,
  reports: EventRecord[][],
  batch: number,
  ahead = 0,
  caches: LinkCache[] = [],
): Promise<{ incidents: IncidentRecord[]; blocks: number }> {
  const store = await openStore(await backend.newLocation());
  const calls = new Map<string, number>();
  try {
    let blocks = 0;
    let saved = 0;
    for (let start = 0; start < reports.length; start += batch) {
      const group = reports.slice(start, start + batch);
      for (; saved < Math.min(start + batch + ahead, reports.length); saved++) await saveReport(store, reports[saved]);
      const before = calls.get("listIncidentMembers") ?? 0;
      const links = caches[(start / batch) % caches.length];
      await updateIncidents(watchStore(store, calls), group.flat(), MERGE_SETTINGS, { links });
      // Only the block path asks for incident members.
      if ((calls.get("listIncidentMembers") ?? 0) > before) blocks += 1;
    }
    return { incidents: await store.listIncidents(), blocks };
  } finally {
    await store.close();
  }
}

const byId = (list: IncidentRecord[]) =>
  JSON.parse(JSON.stringify([...list].sort((a, b) => (a.incident_id < b.incident_id ? -1 : 1))));

for (const backend of STORE_BACKENDS)
  describe(`merge: the short way joins new events as re-clustering the block would (${backend.name})`, {
    skip: backend.skip,
  }, () => {
    after(() => backend.cleanUp());

    it("random reports in any order and batch size end in the incidents of merging all at once", async () => {
      let short = 0;
      let blocks = 0;
      for (const seed of [1, 2, 3]) {
        const reports = inventReports(40, draw(seed));
        const documents = new Map(
          reports.map((r) => [
            r[0].sources[0].document_id,
            { ...r[0].sources[0], original_publisher: null, duplicate_of: null },
          ]),
        );
        const all = mergeEvents(reports.flat(), documents);
        assert.ok(all.length > 3 && all.length < reports.flat().length / 2, `${all.length} incidents`);
        const shuffled = reports.map((_, i) => reports[(i * 17 + seed) % reports.length]); // 17 and 40 are coprime
        for (const [order, batch] of [
          [reports, 1],
          [shuffled, 1],
          [[...shuffled].reverse(), 3],
        ] as const) {
          const run = await feed(backend, order, batch);
          assert.deepEqual(byId(run.incidents), byId(all), `seed ${seed}, batch ${batch}`);
          blocks += run.blocks;
          short += Math.ceil(order.length / batch) - run.blocks;
        }
      }
      assert.ok(short > blocks, `${short} short merges, ${blocks} block merges`);
    });

    it("large batches, whose clashing reports are replayed as one area, end in the incidents of merging all at once", async () => {
      for (const seed of [8, 9]) {
        const reports = inventReports(80, draw(seed));
        const documents = new Map(
          reports.map((r) => [
            r[0].sources[0].document_id,
            { ...r[0].sources[0], original_publisher: null, duplicate_of: null },
          ]),
        );
        const all = mergeEvents(reports.flat(), documents);
        for (const batch of [8, 20]) {
          const run = await feed(backend, reports, batch);
          assert.deepEqual(byId(run.incidents), byId(all), `seed ${seed}, batch ${batch}`);
        }
      }
    });

    it("reports another worker saved before their merge ran are left to it: the same incidents, no block for them", async () => {
      for (const seed of [4, 5]) {
        const reports = inventReports(40, draw(seed));
        const alone = await feed(backend, reports, 4);
        const beside = await feed(backend, reports, 4, 6);
        assert.deepEqual(byId(beside.incidents), byId(alone.incidents), `seed ${seed}`);
        assert.ok(beside.blocks <= alone.blocks, `seed ${seed}: ${beside.blocks} block merges, ${alone.blocks} alone`);
      }
    });

    it("merges that keep their links from one to the next end as merging all at once, one worker or two", async () => {
      for (const seed of [6, 7]) {
        const reports = inventReports(40, draw(seed));
        // The same event reported again by a later report: the stored event gains a source, its item changes.
        const again = reports.slice(30).map((report, i) =>
          report.map((e) => {
            const doc = `r${String(i).padStart(3, "0")}`;
            const source = { ...e.sources[0], document_id: doc, origin: `${doc}.txt`, publisher: "Outlet 9" };
            return { ...reports[i * 3][0], sources: [source] };
          }),
        );
        const fed = [...reports.slice(0, 30), ...again, ...reports.slice(30)];
        const alone = await feed(backend, fed, 4);
        const one = [createLinkCache(MERGE_SETTINGS)];
        const kept = await feed(backend, fed, 4, 0, one);
        assert.deepEqual(byId(kept.incidents), byId(alone.incidents), `seed ${seed}, one worker`);
        assert.ok(one[0].links.size > 0, "links were kept");
        const two = [createLinkCache(MERGE_SETTINGS), createLinkCache(MERGE_SETTINGS)];
        const beside = await feed(backend, fed, 3, 5, two);
        assert.deepEqual(byId(beside.incidents), byId(alone.incidents), `seed ${seed}, two workers`);
      }
    });

    const undated = (i: number, place: { location: string; latitude: number; longitude: number } | null) => {
      const doc = `u${String(i).padStart(3, "0")}`;
      return makeEventRecord(doc, 1, {
        event_date: null,
        date_start: null,
        date_end: null,
        time_precision: null,
        actor1: place ? "Forces A" : null,
        iso3: place ? "SYR" : null,
        country: place ? "Syria" : null,
        admin1: null,
        location: place?.location ?? null,
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        geo_precision: place ? 1 : null,
        event_type: "Riots",
        sub_event_type: "Violent demonstration",
        sources: [{ document_id: doc, origin: `${doc}.txt`, publisher: "Invented Wire", published: "2026-05-10" }],
        evidence: { event_type: [{ document_id: doc, start: 0, end: 6, text: "looted" }] },
        notes: `Witnesses said vehicles were burned and shops were looted${place ? ` in ${place.location}` : ""}, report ${i}.`,
      });
    };

    /** Merges 120 such reports, then one more through a watched store: the store calls and what it wrote. */
    const mergeOneMore = async (place: Parameters<typeof undated>[1]) => {
      const store = await openStore(await backend.newLocation());
      try {
        const events = Array.from({ length: 120 }, (_, i) => undated(i, place));
        for (const event of events) await saveReport(store, [event]);
        await updateIncidents(store, events);
        const before = (await store.listIncidents()).length;
        const late = undated(120, place);
        await saveReport(store, [late]);
        const calls = new Map<string, number>();
        const written: IncidentRecord[][] = [];
        await updateIncidents(
          watchStore(store, calls, (name, args) => {
            if (name === "replaceIncidents") written.push(args[1] as IncidentRecord[]);
          }),
          [late],
        );
        return { before, calls, written };
      } finally {
        await store.close();
      }
    };

    it("undated reports with a place and an actor: one more takes the short way and writes one incident", async () => {
      const { before, calls, written } = await mergeOneMore({ location: "Alpha", latitude: 36.2, longitude: 37.1 });
      assert.equal(before, 1, "the same place, actor and wording: one incident");
      assert.equal(calls.get("listIncidentMembers") ?? 0, 0, "the block was not collected again");
      assert.equal(written.length, 1);
      assert.equal(written[0].length, 1);
      assert.equal(written[0][0].event_ids.length, 121);
    });

    it("undated reports with no place and no actor (the kill test's shape) stay apart, and one more reads nothing", async () => {
      const { before, calls, written } = await mergeOneMore(null);
      assert.equal(before, 120, "nothing but wording and kind to go on: no links");
      assert.equal(calls.get("listEventsInWindow") ?? 0, 0, "no window is read for an event that can link nothing");
      assert.deepEqual(
        written.map((w) => w.map((i) => i.event_ids.length)),
        [[1]],
      );
    });
  });
