// Migrations 013, 014, 016 and 017 change how the store keeps what it already holds: a store left by an older sitrep is
// made here (migrated up to the migration before, rows written as that schema had them), then opened as any store
// is, and read back through the store.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { EventRecord } from "../../records/event-record.js";
import { makeEventRecord } from "../../testing/make-event-record.js";
import { STORE_BACKENDS } from "../../testing/store-backends.js";
import { parseEventQuery } from "../event-filter.js";
import { encodeSignature, fingerprintText } from "../fingerprint.js";
import { openStore } from "../open-store.js";
import { eventRow } from "../shared-events.js";
import type { Store } from "../store.js";
import { migrateUpTo } from "./index.js";

function connect(backend: "sqlite" | "postgres", location: string): Kysely<unknown> {
  if (backend === "sqlite") return new Kysely({ dialect: new SqliteDialect({ database: new Database(location) }) });
  return new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }) });
}

/** Rows as 001 wrote them: one per span, a layer's spans in no particular order, data JSON or null. */
const OLD_SPANS = [
  { layer: "places", start: 40, end: 46, label: "PLACE", by: "places/gazetteer", data: '{"name":"Ménaka"}' },
  { layer: "sentences", start: 30, end: 60, label: "SENTENCE", by: "sentences/intl-segmenter", data: null },
  { layer: "sentences", start: 0, end: 29, label: "SENTENCE", by: "sentences/intl-segmenter", data: null },
];

const OLD_EVENTS = [
  makeEventRecord("doc-old", 1, { actor1: "Coastal Guard", actor2: "Rebels of Testland", fatalities_best: 3 }),
  makeEventRecord("doc-old", 2, { actor1: "Rebels of Testland", actor2: null, fatalities_best: 7 }),
  makeEventRecord("doc-old", 3, { actor1: "Coastal Guard", actor2: "Rebels of Testland", fatalities_best: 0 }),
];

/** Reviewed before 016 made the status index hold only reviewed events. */
const REVIEWED_EVENT = makeEventRecord("doc-old", 4, {
  actor1: "Harbour Police",
  actor2: null,
  event_date: "2024-03-09",
});

const OLD_TEXT = "x".repeat(60);
const OLD_RELATION = { from_id: "claim-old", to_id: "doc-old-1", relation: "attributes", document_id: "doc-old" };

/** The rows of the tables 017 gives a new key on SQLite: near-duplicate buckets, event sources, relations. */
async function insertKeyedRows(old: Kysely<unknown>): Promise<void> {
  const { signature, buckets } = fingerprintText(OLD_TEXT);
  await old
    .insertInto("fingerprints" as never)
    .values({ document_id: "doc-old", signature: encodeSignature(signature) } as never)
    .execute();
  await old
    .insertInto("fingerprint_buckets" as never)
    .values(buckets.map((bucket, band) => ({ document_id: "doc-old", band, bucket })) as never)
    .execute();
  await old
    .insertInto("event_sources" as never)
    .values([...OLD_EVENTS, REVIEWED_EVENT].map((e) => ({ event_id: e.event_id, document_id: "doc-old" })) as never)
    .execute();
  await old
    .insertInto("event_relations" as never)
    .values(OLD_RELATION as never)
    .execute();
}

/** Long before 018, which added where an event's interval ends. */
const SPAN_EVENT = makeEventRecord("doc-old", 5, {
  event_date: "2024-02-01",
  date_start: "2024-02-01",
  date_end: "2024-02-20",
  time_precision: 3,
  fatalities_best: 2,
});

/** An event row as the schema before 018 held it. */
function oldRow(event: EventRecord) {
  const { date_end_key: _, ...row } = eventRow(event);
  return row;
}

for (const backend of STORE_BACKENDS)
  describe(`migrations carry a store forward on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      const location = await backend.newLocation();
      const old = connect(backend.name, location);
      await migrateUpTo(old, backend.name, "012-documents-published");
      await old
        .insertInto("documents" as never)
        .values({
          document_id: "doc-old",
          origin: "old.txt",
          status: "ok",
          text: OLD_TEXT,
          text_length: 60,
          ingested_at: "2024-01-01T00:00:00Z",
        } as never)
        .execute();
      await old
        .insertInto("spans" as never)
        .values(OLD_SPANS.map((s) => ({ document_id: "doc-old", ...s })) as never)
        .execute();
      await old
        .insertInto("events" as never)
        .values([
          ...OLD_EVENTS.map(oldRow),
          { ...oldRow(REVIEWED_EVENT), review_status: "edited" },
          oldRow(SPAN_EVENT),
        ] as never)
        .execute();
      await insertKeyedRows(old);
      await old.destroy();
      store = await openStore(location);
    });
    after(async () => {
      await store.close();
      await backend.cleanUp();
    });

    it("013: a document's spans come back per layer, in start order, data only where there was some", async () => {
      const stored = await store.getDocument("doc-old");
      assert.deepEqual(stored?.layers, {
        places: [{ start: 40, end: 46, label: "PLACE", by: "places/gazetteer", data: { name: "Ménaka" } }],
        sentences: [
          { start: 0, end: 29, label: "SENTENCE", by: "sentences/intl-segmenter" },
          { start: 30, end: 60, label: "SENTENCE", by: "sentences/intl-segmenter" },
        ],
      });
    });

    it("014: the actor filter finds the events stored before, through the index of actor lists", async () => {
      const ids = async (actor: string) =>
        (await store.queryEvents(parseEventQuery({ actor, sort: "event_date" }))).items.map((e) => e.event_id);
      const [first, second, third] = OLD_EVENTS.map((e) => e.event_id);
      assert.deepEqual(await ids("coastal"), [first, third].sort());
      assert.deepEqual(await ids("rebels of test"), [first, second, third].sort());
      assert.deepEqual(await ids("navy"), []);
    });

    it("016: reviewed events stored before are listed by status, and the merge finds events by date", async () => {
      const ids = async (raw: Record<string, string>) =>
        (await store.queryEvents(parseEventQuery(raw))).items.map((e) => e.event_id);
      assert.deepEqual(await ids({ status: "edited" }), [REVIEWED_EVENT.event_id]);
      assert.deepEqual(await ids({ reviewed: "true" }), [REVIEWED_EVENT.event_id]);
      assert.equal((await ids({ status: "unreviewed" })).length, OLD_EVENTS.length + 1, "and 018's");
      const inWindow = await store.listEventsInWindow({ from: "2024-03-01", to: "2024-03-02", iso3: "KEN" });
      assert.deepEqual(inWindow.map((e) => e.event_id).sort(), OLD_EVENTS.map((e) => e.event_id).sort());
      assert.deepEqual(await store.listEventsInWindow("undated"), []);
    });

    it("017: every event stored before is kept, and a country's events list deadliest first", async () => {
      const ids = async (raw: Record<string, string>) =>
        (await store.queryEvents(parseEventQuery(raw))).items.map((e) => e.event_id);
      const [first, second, third] = OLD_EVENTS.map((e) => e.event_id);
      // The reviewed event keeps makeEventRecord's toll of 1; 018's event has 2.
      const deadliestFirst = [second, first, SPAN_EVENT.event_id, REVIEWED_EVENT.event_id, third];
      assert.deepEqual(await ids({ country: "KEN", sort: "-fatalities" }), deadliestFirst);
      assert.deepEqual(await ids({ event_type: "Battles", sort: "fatalities" }), [...deadliestFirst].reverse());
      assert.deepEqual(await ids({ sort: "-fatalities" }), deadliestFirst);
    });

    it("017: a document's buckets, event sources and relations are kept, and found as before", async () => {
      assert.equal(await store.findNearDuplicate(OLD_TEXT), "doc-old");
      const sourced = (await store.listEvents({ documentId: "doc-old" })).map((e) => e.event_id);
      assert.deepEqual(sourced.sort(), [...OLD_EVENTS, REVIEWED_EVENT].map((e) => e.event_id).sort());
      assert.deepEqual(await store.listRelations(), [OLD_RELATION]);
      assert.deepEqual(await store.listRelationsAround(["doc-old-1"]), [OLD_RELATION]);
    });

    it("018: events stored before keep where their interval ends, and the merge's window finds them by it", async () => {
      const ids = async (to: string, endsFrom: string) =>
        (await store.listEventsInWindow({ from: "2024-01-01", to, endsFrom, iso3: "KEN" }))
          .map((e) => e.event_id)
          .sort();
      const everyOld = [...OLD_EVENTS, REVIEWED_EVENT, SPAN_EVENT].map((e) => e.event_id).sort();
      assert.deepEqual(await ids("2024-03-31", "2024-01-01"), everyOld);
      assert.deepEqual(await ids("2024-02-10", "2024-02-15"), [SPAN_EVENT.event_id], "its interval reaches mid-month");
      assert.deepEqual(await ids("2024-02-10", "2024-02-21"), [], "but ends before the 21st");
      const reviewed = await ids("2024-03-31", "2024-03-05");
      assert.deepEqual(reviewed, [REVIEWED_EVENT.event_id], "a reviewed date past the record's end counts");
    });
  });
