// Re-dating and reprocessing stored documents in place, on the invented report (src/testing/fixtures).
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { SitrepError } from "./errors.js";
import { createExtractPool } from "./extract/extract-pool.js";
import { readInputs } from "./ingest/read-inputs.js";
import { ingestDocuments } from "./ingest-documents.js";
import { type ReprocessOptions, reprocessDocuments as reprocessWith } from "./reprocess-documents.js";
import { loadResources } from "./resources.js";
import { openSqliteStore } from "./store/sqlite.js";
import { inventedReportPath } from "./testing/fixtures.js";
import { runCli } from "./testing/run-cli.js";

// The lexicons loaded once for the whole file, in one extraction worker and in this process: loading them for each
// ingest and each reprocess took seconds every time.
const pool = createExtractPool({ size: 1 });
after(() => pool.close());
let resources: ReturnType<typeof loadResources> | undefined;
const reprocessDocuments = (store: Parameters<typeof reprocessWith>[0], options: ReprocessOptions = {}) =>
  reprocessWith(store, { ...options, resources: (resources ??= loadResources()) });

async function withUndatedReport(
  run: (store: Awaited<ReturnType<typeof openSqliteStore>>, documentId: string) => Promise<void>,
) {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-reprocess-")), "r.db"));
  try {
    await ingestDocuments(readInputs([inventedReportPath()]), store, { pool });
    const [row] = await store.listDocuments();
    await run(store, row.document_id);
  } finally {
    await store.close();
  }
}

/** No incident outlives its events and no event is left out: the incidents' members are exactly the stored events. */
async function assertIncidentsCoverEvents(store: Awaited<ReturnType<typeof openSqliteStore>>): Promise<void> {
  const members = (await store.listIncidents()).flatMap((i) => i.event_ids).sort();
  assert.deepEqual(members, (await store.listEvents()).map((e) => e.event_id).sort());
}

describe("reprocess", () => {
  it("set-published re-dates a document: Sunday resolves, the id stays, old events, claims and links are replaced", async () => {
    await withUndatedReport(async (store, id) => {
      const before = await store.listEvents();
      assert.ok(!before.some((e) => e.event_date === "2021-06-27"), "undated: Sunday resolves to nothing");
      const counts = await reprocessDocuments(store, { documentId: id, setPublished: "2021-06-28" });
      const after = await store.listEvents();
      assert.deepEqual([counts.documents, counts.events, counts.undated], [1, after.length, 0]);
      assert.ok(
        after.some((e) => e.event_date === "2021-06-27" && e.sub_event_type === "Air/drone strike"),
        JSON.stringify(after.map((e) => e.event_date)),
      );
      assert.ok(after.every((e) => e.sources[0].document_id === id && e.sources[0].published === "2021-06-28"));
      assert.deepEqual(
        (await store.listDocuments()).map((r) => [r.document_id, r.published]),
        [[id, "2021-06-28"]],
      );
      const stored = await store.getDocument(id);
      assert.ok(
        stored?.layers.dates.some(
          (s) =>
            stored.text.slice(s.start, s.end) === "Sunday" && (s.data as { start?: string }).start === "2021-06-27",
        ),
      );
      await assertIncidentsCoverEvents(store);
      // Twice is the same as once: nothing is left over from the earlier runs.
      const claims = (await store.listClaims()).length;
      const relations = (await store.listRelations()).length;
      await reprocessDocuments(store);
      assert.deepEqual(
        [(await store.listEvents()).length, (await store.listClaims()).length, (await store.listRelations()).length],
        [after.length, claims, relations],
      );
    });
  });

  it("--published dates only documents that carry none", async () => {
    await withUndatedReport(async (store) => {
      await reprocessDocuments(store, { published: "2021-06-28" });
      await reprocessDocuments(store, { published: "2020-01-01" });
      assert.deepEqual(
        (await store.listDocuments()).map((r) => r.published),
        ["2021-06-28"],
      );
    });
  });

  it("incidents made only of events a reprocess removed are dropped (regression)", async () => {
    await withUndatedReport(async (store, id) => {
      const before = await store.listIncidents();
      assert.ok(before.length > 0);
      await reprocessDocuments(store, { documentId: id, setPublished: "2021-06-28" });
      const gone = new Set(before.flatMap((i) => i.event_ids));
      for (const e of await store.listEvents()) gone.delete(e.event_id);
      assert.ok(gone.size > 0, "re-dating changes the dated events and so their content-based ids");
      assert.ok(!(await store.listIncidents()).some((i) => i.event_ids.some((e) => gone.has(e))));
      await assertIncidentsCoverEvents(store);
    });
  });

  describe("negative cases", () => {
    it("an unknown document is not-found; a failed replace leaves the old extraction", async () => {
      await withUndatedReport(async (store, id) => {
        await assert.rejects(
          reprocessDocuments(store, { documentId: "nope" }),
          (e: unknown) => e instanceof SitrepError && e.code === "not-found",
        );
        const events = await store.listEvents();
        const stored = await store.getDocument(id);
        assert.ok(stored);
        const doc = { id, text: stored.text, meta: { origin: "x", published: "2021-06-28" }, layers: {}, events: [] };
        await assert.rejects(store.replaceExtraction(doc, [{ event_id: "broken" } as never]), /could not replace/);
        assert.equal((await store.listEvents()).length, events.length);
        assert.equal((await store.listDocuments())[0].published, null);
      });
    });
  });
});

describe("sitrep documents set-published / reprocess (CLI)", () => {
  it("re-dates by id with --db after the arguments; an unknown id fails with exit 1", () => {
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-reprocess-cli-")), "r.db");
    assert.equal(runCli(["ingest", inventedReportPath(), "--db", db]).status, 0);
    const [doc] = JSON.parse(runCli(["documents", "--db", db]).stdout);
    const set = runCli(["documents", "set-published", doc.document_id, "2021-06-28", "--db", db]);
    assert.equal(set.status, 0, set.stderr);
    assert.match(set.stderr, /reprocessed 1 document\(s\)/);
    assert.equal(JSON.parse(runCli(["documents", "--db", db]).stdout)[0].published, "2021-06-28");
    const unknown = runCli(["reprocess", "--document", "nope", "--db", db]);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /no document nope/);
    assert.equal(runCli(["documents", "set-published", doc.document_id, "someday", "--db", db]).status, 2);
  });
});
