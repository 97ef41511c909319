// Several documents per commit (ingest's commitEvery): a batch lost before its commit (the process killed, here its
// connection closed, which rolls it back the same way) is stored whole by the re-run, and the near-duplicate and
// same-text checks of a document see the documents before it in the same uncommitted batch.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { createExtractPool } from "../extract/extract-pool.js";
import type { IngestItem } from "../ingest/raw-document.js";
import { ingestDocuments } from "../ingest-documents.js";
import { readInventedReport } from "../testing/fixtures.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { openStore } from "./open-store.js";
import { createSqliteStore } from "./sqlite.js";

// One extraction worker for the file: a pool per ingest loads the lexicons again each time (seconds).
const pool = createExtractPool({ size: 1 });
after(() => pool.close());

const BATCH = { documents: 50, ms: 600_000 };
const REPORTS: [string, string][] = [
  ["a.txt", "Gunmen attacked a police post in Gao on Monday, killing three officers, the regional governor said."],
  [
    "b.txt",
    "A roadside bomb struck an army convoy near Kidal on Tuesday, wounding seven soldiers, a spokesman told reporters.",
  ],
  ["c.txt", "Protesters burned tyres outside the town hall in Beni on Friday to demand better roads and clean water."],
];

async function* items(...texts: [string, string][]): AsyncIterable<IngestItem> {
  for (const [origin, content] of texts) yield { raw: { origin, kind: "text", content, meta: {} } };
}

const sqlite = STORE_BACKENDS.find((b) => b.name === "sqlite")!;

describe("a batch of documents interrupted before its commit", () => {
  after(() => sqlite.cleanUp());

  it("leaves nothing of the batch, and the re-run stores each document once, whole", { timeout: 300_000 }, async () => {
    const path = await sqlite.newLocation();
    const connection = new Database(path);
    const store = await createSqliteStore(connection);
    const seenByOthers: number[] = [];
    await assert.rejects(
      ingestDocuments(items(...REPORTS), store, {
        published: "2024-05-06",
        pool,
        commitEvery: BATCH,
        onItem: (counts) => {
          const reader = new Database(path, { readonly: true });
          seenByOthers.push((reader.prepare("select count(*) as n from documents").get() as { n: number }).n);
          reader.close();
          if (counts.read === 2) connection.close(); // as a kill: the open transaction never reaches the file
        },
      }),
    );
    assert.deepEqual(seenByOthers, [0, 0], "the batch's documents are not committed one by one");
    const reopened = await openStore(path);
    try {
      assert.equal((await reopened.listDocuments()).length, 0, "nothing of the lost batch is in the file");
      const rerun = await ingestDocuments(items(...REPORTS), reopened, {
        published: "2024-05-06",
        pool,
        commitEvery: BATCH,
      });
      assert.deepEqual([rerun.stored, rerun.duplicates, rerun.skipped], [3, 0, 0]);
      const rows = await reopened.listDocuments();
      assert.deepEqual(rows.map((r) => r.origin).sort(), ["a.txt", "b.txt", "c.txt"]);
      const events = await Promise.all(rows.map((r) => reopened.listEvents({ documentId: r.document_id })));
      assert.equal(events.flat().length, rerun.events, "every event stored with its source document");
      assert.ok(rerun.events > 0, "the reports hold events");
    } finally {
      await reopened.close();
    }
  });
});

const report = readInventedReport();
// A syndicated copy: another masthead line on top, the rest as sent.
const syndicated = `Regional Wire | Syndicated from Example News\n\n${report}`;

for (const backend of STORE_BACKENDS)
  describe(`one batch holding a report and its copies: ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("stores the report once; the copies later in the same batch are duplicates of it", {
      timeout: 300_000,
    }, async () => {
      const store = await openStore(await backend.newLocation());
      try {
        const counts = await ingestDocuments(
          items(["wire.txt", report], ["again.txt", report], ["syndicated.txt", syndicated], ["wire.txt", report]),
          store,
          { published: "2021-06-28", pool, commitEvery: BATCH },
        );
        assert.deepEqual([counts.stored, counts.duplicates], [1, 3]);
        const rows = await store.listDocuments();
        const stored = rows.filter((r) => r.status === "ok");
        assert.deepEqual(
          stored.map((r) => r.origin),
          ["wire.txt"],
        );
        const copies = rows.filter((r) => r.status === "skipped").map((r) => [r.origin, r.reason, r.duplicate_of]);
        assert.deepEqual(copies.sort(), [
          ["again.txt", "duplicate", stored[0]!.document_id],
          ["syndicated.txt", "duplicate", stored[0]!.document_id],
        ]);
        assert.equal((await store.listEvents()).length, counts.events, "the copies add no events");
      } finally {
        await store.close();
      }
    });
  });
