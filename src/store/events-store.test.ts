// The workbench's event lists: each filter, sorting, keyset paging without gaps or repeats, full-text
// search, streaming, and reviews (reviewed values shown and filtered, extraction kept, history kept,
// decisions surviving a re-processing of the document).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { type EventQuery, parseEventQuery } from "./event-filter.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

let store: Store;
const dir = mkdtempSync(join(tmpdir(), "sitrep-events-store-"));

const EVENTS: EventRecord[] = [
  makeEventRecord("doc-a", 1, {
    event_date: "2024-01-05",
    fatalities_best: 3,
    actor1: "Rebels of Testland",
    notes: "Rebels ambushed a convoy on the highway.",
  }),
  makeEventRecord("doc-a", 2, {
    event_date: "2024-01-06",
    event_type: "Explosions/Remote violence",
    sub_event_type: "Air/drone strike",
    fatalities_best: 12,
    notes: "A drone strike hit a warehouse.",
  }),
  makeEventRecord("doc-b", 1, {
    event_date: "2024-02-10",
    iso3: "UGA",
    country: "Uganda",
    admin1: "Central",
    location: "Kampala",
    latitude: 0.35,
    longitude: 32.58,
    fatalities_best: null,
    fatalities_known: false,
    notes: "Police dispersed protesters in Kampala.",
  }),
  makeEventRecord("doc-b", 2, {
    event_date: null,
    assoc_actor_2: ["Youth Militia"],
    fatalities_best: 0,
    notes: "Militia members looted shops.",
  }),
  makeEventRecord("doc-c", 1, {
    event_date: "2024-03-01",
    latitude: null,
    longitude: null,
    admin1: "Coast",
    fatalities_best: 7,
    notes: "Gunmen attacked a bus near Mombasa.",
  }),
];

before(async () => {
  store = await openSqliteStore(join(dir, "events.db"));
  for (const id of ["doc-a", "doc-b", "doc-c"]) {
    const events = EVENTS.filter((e) => e.sources[0]!.document_id === id);
    assert.equal(await store.saveDocument(makeDocFor(id, events), events), "stored");
  }
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async (raw: Record<string, string>) =>
  (await store.queryEvents(parseEventQuery(raw))).items.map((e) => e.event_id);

describe("store: event filters", () => {
  it("defaults to newest first, undated last", async () => {
    assert.deepEqual(await ids({}), ["doc-c-1", "doc-b-1", "doc-a-2", "doc-a-1", "doc-b-2"]);
  });
  it("from and to are inclusive days and leave undated events out", async () => {
    assert.deepEqual(await ids({ from: "2024-01-06", to: "2024-02-10" }), ["doc-b-1", "doc-a-2"]);
    assert.deepEqual(await ids({ to: "2024-01-05" }), ["doc-a-1"]);
  });
  it("country takes an ISO3 code or a name", async () => {
    assert.deepEqual(await ids({ country: "UGA" }), ["doc-b-1"]);
    assert.deepEqual(await ids({ country: "uganda" }), ["doc-b-1"]);
    assert.throws(() => parseEventQuery({ country: "Atlantis" }), /not a country/);
  });
  it("admin1, event_type and sub_event_type match exactly", async () => {
    assert.deepEqual(await ids({ admin1: "Coast" }), ["doc-c-1"]);
    assert.deepEqual(await ids({ event_type: "Explosions/Remote violence" }), ["doc-a-2"]);
    assert.deepEqual(await ids({ sub_event_type: "Air/drone strike" }), ["doc-a-2"]);
  });
  it("actor is a case-insensitive substring of any actor, associated ones included", async () => {
    assert.deepEqual(await ids({ actor: "REBELS" }), ["doc-a-1"]);
    assert.deepEqual(await ids({ actor: "youth mil" }), ["doc-b-2"]);
    assert.deepEqual(await ids({ actor: "100%" }), [], "LIKE wildcards are literal");
  });
  it("bbox keeps events inside the box and drops those without coordinates", async () => {
    assert.deepEqual(await ids({ bbox: "30,-1,34,1" }), ["doc-b-1"]);
    assert.equal((await ids({ bbox: "-180,-90,180,90" })).includes("doc-c-1"), false);
    assert.throws(() => parseEventQuery({ bbox: "1,2,3" }), /west,south,east,north/);
  });
  it("fatalities_min and fatalities_max read the best estimate; an unknown toll passes neither", async () => {
    assert.deepEqual(await ids({ fatalities_min: "5" }), ["doc-c-1", "doc-a-2"]);
    assert.deepEqual(await ids({ fatalities_max: "3" }), ["doc-a-1", "doc-b-2"]);
    assert.throws(() => parseEventQuery({ fatalities_min: "many" }), /fatalities_min/);
  });
  it("document lists the events sourced from it", async () => {
    assert.deepEqual(await ids({ document: "doc-b" }), ["doc-b-1", "doc-b-2"]);
  });
  it("q searches the sentence, actors and place with FTS5, every word required", async () => {
    assert.deepEqual(await ids({ q: "drone warehouse" }), ["doc-a-2"]);
    assert.deepEqual(await ids({ q: "kampala" }), ["doc-b-1"]);
    assert.deepEqual(await ids({ q: 'convoy" OR "bus' }), [], "FTS syntax is quoted away: both words are needed");
    await assert.rejects(store.queryEvents(parseEventQuery({ q: "--" })), /no words/);
  });
  it("refuses unknown filters and bad sorts", () => {
    assert.throws(() => parseEventQuery({ colour: "red" }), /unknown filter colour/);
    assert.throws(() => parseEventQuery({ sort: "actor1" }), /sort/);
    assert.throws(() => parseEventQuery({ limit: "5000" }), /limit/);
  });
  it("sorts by fatalities both ways, unknown tolls lowest", async () => {
    assert.deepEqual(await ids({ sort: "-fatalities" }), ["doc-a-2", "doc-c-1", "doc-a-1", "doc-b-2", "doc-b-1"]);
    assert.deepEqual(await ids({ sort: "fatalities" }), ["doc-b-1", "doc-b-2", "doc-a-1", "doc-c-1", "doc-a-2"]);
  });
});

describe("store: paging", () => {
  for (const sort of ["event_date", "-event_date", "fatalities", "-fatalities"] as const) {
    it(`pages of 2 by ${sort} hold every event once, in the unpaged order`, async () => {
      const all = await ids({ sort });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.queryEvents({ sort, limit: 2, cursor });
        assert.ok(page.items.length <= 2);
        seen.push(...page.items.map((e) => e.event_id));
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      assert.deepEqual(seen, all);
    });
  }
  it("a forged cursor is a filter error, not a crash", async () => {
    await assert.rejects(store.queryEvents({ cursor: "bm90LWpzb24" }), /cursor/);
  });
  it("iterateEvents streams every match across pages", async () => {
    const seen: string[] = [];
    for await (const event of store.iterateEvents({ country: "KEN" } satisfies EventQuery)) seen.push(event.event_id);
    assert.deepEqual(seen, ["doc-c-1", "doc-a-2", "doc-a-1", "doc-b-2"]);
  });
  it("summarizes events and fatalities per day and type", async () => {
    const days = await store.summarizeEvents({});
    assert.deepEqual(
      days.find((d) => d.date === "2024-01-06"),
      { date: "2024-01-06", events: 1, fatalities: 12, by_type: { "Explosions/Remote violence": 1 }, ranges: [] },
    );
    assert.equal(
      days.some((d) => d.date === ""),
      false,
    );
  });
});

describe("store: the timeline's summary of events dated to a range", () => {
  const rangeDir = mkdtempSync(join(tmpdir(), "sitrep-summary-ranges-"));
  let rangeStore: Store;
  before(async () => {
    rangeStore = await openSqliteStore(join(rangeDir, "events.db"));
    const events = [
      makeEventRecord("doc-r", 1, { event_date: "2024-05-01", date_end: "2024-05-01", fatalities_best: 2 }),
      makeEventRecord("doc-r", 2, {
        event_date: "2024-05-01",
        date_start: "2024-05-01",
        date_end: "2024-05-07",
        time_precision: 2,
        date_from: "report",
        fatalities_best: 5,
      }),
    ];
    await rangeStore.saveDocument(makeDocFor("doc-r", events), events);
  });
  after(async () => {
    await rangeStore.close();
    rmSync(rangeDir, { recursive: true, force: true });
  });
  it("counts every event on its first day and sets apart those dated to more than one day, with their last", async () => {
    const [day, ...rest] = await rangeStore.summarizeEvents({});
    assert.equal(rest.length, 0);
    assert.deepEqual(day, {
      date: "2024-05-01",
      events: 2,
      fatalities: 7,
      by_type: { Battles: 2 },
      ranges: [{ to: "2024-05-07", event_type: "Battles", events: 1, fatalities: 5 }],
    });
  });
});

describe("store: reviews", () => {
  it("an edit wins in lists and filters, the extraction is kept, the history says who, when and why", async () => {
    assert.equal(
      await store.reviewEvent("doc-a-1", {
        action: "edit",
        fields: { country: "Uganda", fatalities_best: 4 },
        note: "the town is across the border",
        reviewer: "ana",
      }),
      true,
    );
    const detail = (await store.getEventDetail("doc-a-1"))!;
    assert.equal(detail.event.iso3, "UGA");
    assert.equal(detail.event.fatalities_best, 4);
    assert.equal(detail.extracted.country, "Kenya");
    assert.equal(detail.extracted.fatalities_best, 3);
    assert.equal(detail.event.review?.status, "edited");
    assert.deepEqual(
      detail.history.map((h) => [h.action, h.reviewer, h.note]),
      [["edit", "ana", "the town is across the border"]],
    );
    assert.match(detail.history[0]!.at, /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(await ids({ country: "UGA" }), ["doc-b-1", "doc-a-1"]);
    assert.deepEqual(await ids({ reviewed: "true" }), ["doc-a-1"]);
    assert.equal((await ids({ reviewed: "false" })).includes("doc-a-1"), false);
  });
  it("a rejected event is hidden unless asked for", async () => {
    await store.reviewEvent("doc-c-1", {
      action: "reject",
      note: "a robbery, not political violence",
      reviewer: "ben",
    });
    assert.equal((await ids({})).includes("doc-c-1"), false);
    assert.deepEqual(await ids({ status: "rejected" }), ["doc-c-1"]);
    assert.ok((await ids({ reviewed: "true" })).includes("doc-c-1"));
  });
  it("an unknown event is not reviewed", async () => {
    assert.equal(await store.reviewEvent("no-such-event", { action: "confirm", reviewer: "ana" }), false);
  });
  it("re-processing a document keeps its review decisions and re-applies them", async () => {
    const events = EVENTS.filter((e) => e.sources[0]!.document_id === "doc-a");
    assert.equal(await store.replaceExtraction(makeDocFor("doc-a", events), events), true);
    const detail = (await store.getEventDetail("doc-a-1"))!;
    assert.equal(detail.event.iso3, "UGA");
    assert.equal(detail.history.length, 1);
    assert.deepEqual(await ids({ country: "UGA" }), ["doc-b-1", "doc-a-1"]);
  });
});
