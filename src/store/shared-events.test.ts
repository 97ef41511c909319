// One event told word for word by two reports is one row with two sources (event_sources many-to-many), and
// taking one report's extraction back leaves the other's share.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { makeEventRecord } from "../testing/make-event-record.js";
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
