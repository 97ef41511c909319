import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { readInputs } from "../ingest/read-inputs.js";
import { ingestDocuments } from "../ingest-documents.js";
import { inventedReportPath } from "../testing/fixtures.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { openStore } from "./open-store.js";

const report = inventedReportPath();

for (const backend of STORE_BACKENDS)
  describe(`store: ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("ingesting the same article twice stores it once, with its events once", async () => {
      const db = await backend.newLocation();
      const store = await openStore(db);
      try {
        const first = await ingestDocuments(readInputs([report]), store, { published: "2021-06-28" });
        const second = await ingestDocuments(readInputs([report, report]), store, { published: "2021-06-28" });
        assert.equal(first.stored, 1);
        assert.ok(first.events >= 1);
        assert.deepEqual([second.stored, second.duplicates, second.events], [0, 2, 0]);
        assert.equal((await store.listDocuments()).length, 1);
        assert.equal((await store.listEvents()).length, first.events);
      } finally {
        await store.close();
      }
    });

    it("a re-opened database keeps what was stored (migrations run once)", async () => {
      const db = await backend.newLocation();
      const a = await openStore(db);
      await ingestDocuments(readInputs([report]), a, { published: "2021-06-28" });
      await a.close();
      const b = await openStore(db);
      try {
        const [doc] = await b.listDocuments();
        const stored = await b.getDocument(doc.document_id);
        assert.ok(stored);
        for (const [layer, spans] of Object.entries(stored.layers)) {
          assert.ok(spans.length > 0, layer);
          for (const span of spans) assert.ok(span.end <= stored.text.length);
        }
        assert.ok(stored.layers.dates.some((s) => stored.text.slice(s.start, s.end) === "Saturday night"));
      } finally {
        await b.close();
      }
    });

    it("a failed save rolls back: no half-stored document", async () => {
      const db = await backend.newLocation();
      const store = await openStore(db);
      try {
        const doc = { id: "d1", text: "Some text.", meta: { origin: "x" }, layers: {}, events: [] };
        const event = { event_id: "e1" } as never; // missing NOT NULL columns: the insert fails inside the transaction
        await assert.rejects(store.saveDocument(doc, [event]), /store: could not save document/);
        assert.equal(await store.hasDocument("d1"), false);
      } finally {
        await store.close();
      }
    });

    it("a skipped input is recorded once with its reason", async () => {
      const db = await backend.newLocation();
      const store = await openStore(db);
      try {
        const skipped = { origin: "a.bin", reason: "binary" as const, detail: "the file contains NUL bytes" };
        assert.equal(await store.saveSkipped(skipped), "stored");
        assert.equal(await store.saveSkipped(skipped), "duplicate");
        const rows = await store.listDocuments();
        assert.deepEqual(
          rows.map((r) => [r.origin, r.status, r.reason]),
          [["a.bin", "skipped", "binary"]],
        );
      } finally {
        await store.close();
      }
    });
  });
