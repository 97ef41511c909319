// One event told word for word by two reports is one row with two sources (event_sources many-to-many), and
// taking one report's extraction back leaves the other's share.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { openStore } from "./open-store.js";
import { openSqliteStore } from "./sqlite.js";

const SENTENCE = "A drone strike hit a fuel depot in Alpha on Tuesday, killing two guards, officials said.";

function told(documentId: string, offset: number): EventRecord {
  return makeEventRecord(documentId, 1, {
    event_id: "ev-shared",
    event_date: "2026-05-12",
    date_start: "2026-05-12",
    date_end: "2026-05-12",
    event_type: "Explosions/Remote violence",
    sub_event_type: "Air/drone strike",
    actor1: null,
    inter1: null,
    country: "Syria",
    iso3: "SYR",
    admin1: null,
    location: "Alpha",
    latitude: 36.2,
    longitude: 37.1,
    fatalities_low: 2,
    fatalities_best: 2,
    fatalities_high: 2,
    sources: [{ document_id: documentId, origin: `${documentId}.txt`, publisher: documentId, published: "2026-05-13" }],
    evidence: { event_type: [{ document_id: documentId, start: offset + 2, end: offset + 13, text: "drone strike" }] },
    notes: SENTENCE,
  });
}

const docOf = (id: string, text: string) => ({
  id,
  text,
  meta: { origin: `${id}.txt`, publisher: id, published: "2026-05-13" },
  layers: {},
  events: [],
});

describe("store: an event shared by reports", () => {
  it("is stored once with both sources and evidence; replacing one report's extraction keeps the other's", async () => {
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-shared-")), "s.db"));
    try {
      await store.saveDocument(docOf("first", SENTENCE), [told("first", 0)]);
      await store.saveDocument(docOf("second", `Earlier today. ${SENTENCE}`), [told("second", 15)]);
      const [event] = await store.listEvents();
      assert.equal((await store.listEvents()).length, 1);
      assert.deepEqual(
        event.sources.map((s) => s.document_id),
        ["first", "second"],
      );
      assert.deepEqual(
        event.evidence.event_type.map((r) => r.document_id),
        ["first", "second"],
      );
      assert.equal((await store.listEvents({ documentId: "second" })).length, 1);

      assert.equal(await store.replaceExtraction(docOf("first", SENTENCE), []), true);
      const [kept] = await store.listEvents();
      assert.deepEqual(
        kept.sources.map((s) => s.document_id),
        ["second"],
      );
      assert.deepEqual(
        kept.evidence.event_type.map((r) => r.document_id),
        ["second"],
      );
      assert.equal((await store.listEvents({ documentId: "first" })).length, 0);

      await store.replaceExtraction(docOf("second", `Earlier today. ${SENTENCE}`), []);
      assert.deepEqual(await store.listEvents(), [], "an event no report supports any more is gone");
    } finally {
      await store.close();
    }
  });
});

for (const backend of STORE_BACKENDS)
  describe(`store: one event saved by concurrent writers (${backend.name})`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("is an upsert: every writer's document becomes a source of the one row, none fails", async () => {
      const location = await backend.newLocation();
      const writers = [await openStore(location), await openStore(location)];
      try {
        // Each writer saves its documents concurrently (PostgreSQL: one pooled connection each), so two transactions
        // insert the row at once: the one that waits must add its source, not fail on the primary key.
        const ids = Array.from({ length: 8 }, (_, i) => `report-${i}`);
        const outcomes = await Promise.all(
          ids.map((id, i) => writers[i % 2].saveDocument(docOf(id, SENTENCE), [told(id, 0)])),
        );
        assert.deepEqual(
          outcomes,
          ids.map(() => "stored"),
        );
        const events = await writers[0].listEvents();
        assert.equal(events.length, 1);
        assert.deepEqual(events[0].sources.map((s) => s.document_id).sort(), ids);
        assert.deepEqual(events[0].evidence.event_type.map((r) => r.document_id).sort(), ids);
        for (const id of ids) assert.equal((await writers[1].listEvents({ documentId: id })).length, 1, id);
      } finally {
        for (const writer of writers) await writer.close();
      }
    });
  });
