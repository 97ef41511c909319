// `q` and streamed lists on both backends: FTS5 on SQLite and a tsvector on PostgreSQL (migration 009) find the
// same events for the same words, and iterateEvents reads a page at a time on either, so an export streams.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import type { EventRecord } from "../records/event-record.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { parseEventQuery } from "./event-filter.js";
import { openStore } from "./open-store.js";
import type { Store } from "./store.js";

const EVENTS: EventRecord[] = [
  makeEventRecord("doc-a", 1, { notes: "Rebels ambushed a convoy on the highway." }),
  makeEventRecord("doc-a", 2, { notes: "A drone strike hit a warehouse." }),
  makeEventRecord("doc-b", 1, {
    notes: "Gunmen attacked the market.",
    country: "Mali",
    iso3: "MLI",
    admin1: "Ménaka",
    location: "Ménaka",
  }),
  makeEventRecord("doc-b", 2, { notes: "Fighters of al-Shabaab attacked a base." }),
];

for (const backend of STORE_BACKENDS)
  describe(`store: q and streaming on ${backend.name}`, { skip: backend.skip }, () => {
    let location: string;
    let store: Store;
    before(async () => {
      location = await backend.newLocation();
      store = await openStore(location);
      for (const id of ["doc-a", "doc-b"]) {
        const events = EVENTS.filter((e) => e.sources[0]!.document_id === id);
        await store.saveDocument(makeDocFor(id, events), events);
      }
    });
    after(async () => {
      await store.close();
      await backend.cleanUp();
    });
    const ids = async (q: string) =>
      (await store.queryEvents(parseEventQuery({ q, sort: "event_date" }))).items.map((e) => e.event_id);

    it("q needs every word, anywhere in the sentence, actors or place, in any case", async () => {
      assert.deepEqual(await ids("drone warehouse"), ["doc-a-2"]);
      assert.deepEqual(await ids("CONVOY Highway"), ["doc-a-1"]);
      assert.deepEqual(await ids("convoy warehouse"), []);
      assert.deepEqual(await ids("market mali"), ["doc-b-1"]);
    });

    it("q takes accents off and splits hyphenated names, as FTS5's unicode61 does", async () => {
      assert.deepEqual(await ids("menaka"), ["doc-b-1"]);
      assert.deepEqual(await ids("Ménaka"), ["doc-b-1"]);
      assert.deepEqual(await ids("shabaab"), ["doc-b-2"]);
      assert.deepEqual(await ids("al-Shabaab"), ["doc-b-2"]);
    });

    it("q matches whole words only (no stemming, no prefixes) and no search syntax reaches the engine", async () => {
      assert.deepEqual(await ids("ambush"), []);
      assert.deepEqual(await ids("ware"), []);
      assert.deepEqual(await ids('convoy" OR "bus'), []);
      assert.deepEqual(await ids("convoy | drone"), [], "| is no OR: both words are needed");
      assert.deepEqual(await ids("!drone & warehouse"), ["doc-a-2"], "! is no NOT");
    });

    it("a streamed list yields before it has read every row: a row stored meanwhile at its end is listed", async () => {
      const many = Array.from({ length: 1200 }, (_, i) =>
        makeEventRecord("doc-many", i, { event_date: `2030-01-01`, notes: `Clash number ${i}.` }),
      );
      await store.saveDocument(makeDocFor("doc-many", many), many);
      const stream = store.iterateEvents({ sort: "event_date", from: "2030-01-01" })[Symbol.asyncIterator]();
      const first = await stream.next();
      assert.equal(first.done, false);
      // Stored after the first row was yielded and sorting after every other: a list read whole before it
      // yielded would not hold it.
      const late = [makeEventRecord("doc-late", 1, { event_date: "2031-01-01", notes: "A late clash." })];
      await store.saveDocument(makeDocFor("doc-late", late), late);
      const seen = [first.value!.event_id];
      for (let next = await stream.next(); !next.done; next = await stream.next()) seen.push(next.value.event_id);
      assert.equal(new Set(seen).size, seen.length, "no row twice");
      assert.equal(seen.at(-1), late[0]!.event_id);
      assert.equal(seen.length, 1201);
    });

    it("q on PostgreSQL reads the GIN index, not every row", { skip: backend.name !== "postgres" }, async () => {
      const client = new pg.Client({ connectionString: location });
      await client.connect();
      try {
        // Four rows: the planner would scan them; forbidding scans asks whether the index can answer at all.
        await client.query("set enable_seqscan = off");
        const { rows } = await client.query(
          "explain select event_id from events where search @@ plainto_tsquery('simple', sitrep_fold('drone'))",
        );
        assert.match(rows.map((r) => r["QUERY PLAN"]).join("\n"), /events_search/);
      } finally {
        await client.end();
      }
    });
  });
