import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createExtractPool } from "../extract/extract-pool.js";
import type { IngestItem } from "../ingest/raw-document.js";
import { ingestDocuments } from "../ingest-documents.js";
import { readInventedReport } from "../testing/fixtures.js";
import { STORE_BACKENDS, type StoreBackend } from "../testing/store-backends.js";
import { estimateResemblance, fingerprintText } from "./fingerprint.js";
import { openStore } from "./open-store.js";
import type { Store } from "./store.js";

// One extraction worker for the file: a pool per ingest loads the lexicons again each time (seconds).
const pool = createExtractPool({ size: 1 });
after(() => pool.close());

const report = readInventedReport();
// A syndicated copy: another masthead line on top and one sentence reworded.
const syndicated = report
  .replace(
    "Drone strike kills four militants near Kirkuk, Iraqi army says",
    "Regional Wire | Syndicated from Example News\n\nIraqi drone kills four militants near Kirkuk",
  )
  .replace(
    "There were no immediate reports of civilian casualties from the strike.",
    "No civilians were reported hurt in the strike.",
  );

function resemblance(a: string, b: string): number {
  return estimateResemblance(fingerprintText(a).signature, fingerprintText(b).signature);
}

async function* items(...texts: [string, string][]): AsyncIterable<IngestItem> {
  for (const [origin, content] of texts) yield { raw: { origin, kind: "text", content, meta: {} } };
}

async function withStore(backend: StoreBackend, run: (store: Store) => Promise<void>) {
  const store = await openStore(await backend.newLocation());
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

for (const backend of STORE_BACKENDS)
  describe(`near-duplicates: ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("the fixture really is an edited copy: its text differs, its estimated resemblance is above the threshold", () => {
      assert.notEqual(syndicated, report);
      assert.ok(syndicated.includes("No civilians were reported hurt"));
      assert.ok(resemblance(report, syndicated) >= 0.8);
    });

    it("a syndicated copy of a report is stored as a duplicate of the first copy, not extracted again", async () => {
      await withStore(backend, async (store) => {
        const counts = await ingestDocuments(items(["wire.txt", report], ["syndicated.txt", syndicated]), store, {
          published: "2021-06-28",
          pool,
        });
        assert.equal(counts.stored, 1);
        assert.equal(counts.duplicates, 1);
        const rows = await store.listDocuments();
        const first = rows.find((r) => r.origin === "wire.txt")!;
        const copy = rows.find((r) => r.origin === "syndicated.txt")!;
        assert.deepEqual([copy.status, copy.reason, copy.duplicate_of], ["skipped", "duplicate", first.document_id]);
        assert.equal((await store.listEvents({ documentId: copy.document_id })).length, 0);
        // Re-running the ingest changes nothing: both are known by their content hash.
        const again = await ingestDocuments(items(["wire.txt", report], ["syndicated.txt", syndicated]), store, {
          published: "2021-06-28",
          pool,
        });
        assert.deepEqual([again.stored, again.duplicates], [0, 2]);
      });
    });

    it("the same text stored by another writer between the origin check and the near-duplicate check still gets its own row", async () => {
      await withStore(backend, async (store) => {
        await ingestDocuments(items(["first-writer.txt", report]), store, { published: "2021-06-28", pool });
        // The race, made certain: the origin lookup answers as it did before the other writer's commit.
        let lookups = 0;
        const racing: Store = Object.create(store, {
          findOrigin: { value: async (id: string) => (lookups++ === 0 ? null : store.findOrigin(id)) },
        });
        const counts = await ingestDocuments(items(["second-writer.txt", report]), racing, {
          published: "2021-06-28",
          pool,
        });
        assert.deepEqual([counts.stored, counts.duplicates], [0, 1]);
        const rows = await store.listDocuments();
        const copy = rows.find((r) => r.origin === "second-writer.txt");
        assert.deepEqual([copy?.status, copy?.reason], ["skipped", "duplicate"]);
      });
    });

    describe("negative cases", () => {
      it("a shorter report made of part of the story (its second half) is not a duplicate", async () => {
        const other = report.split("\n\n").slice(6).join("\n\n");
        assert.ok(resemblance(report, other) < 0.8);
        await withStore(backend, async (store) => {
          const counts = await ingestDocuments(items(["wire.txt", report], ["other.txt", other]), store, {
            published: "2021-06-28",
            pool,
          });
          assert.equal(counts.stored, 2);
        });
      });

      it("a non-English report is stored with its language and skipped as unsupported-language", async () => {
        const spanish =
          "Estados Unidos llevó a cabo ataques aéreos en Siria e Irak contra dos milicias respaldadas por Irán que, según el Pentágono, " +
          "lanzaban ataques con drones contra las tropas estadounidenses. Las instalaciones de operaciones y de almacenamiento de armas " +
          "fueron atacadas cerca de la frontera entre Siria e Irak, en tres lugares utilizados por las milicias, dijo el Pentágono.";
        await withStore(backend, async (store) => {
          await ingestDocuments(items(["es.txt", spanish]), store, { pool });
          const [row] = await store.listDocuments();
          assert.deepEqual([row.status, row.reason, row.language], ["skipped", "unsupported-language", "es"]);
          assert.equal((await store.listEvents()).length, 0);
        });
      });
    });
  });
