import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { IngestItem } from "../ingest/raw-document.js";
import { ingestDocuments } from "../ingest-documents.js";
import { readSeedArticle } from "../testing/fixtures.js";
import { estimateResemblance, fingerprintText } from "./fingerprint.js";
import { openSqliteStore } from "./sqlite.js";

const seed = readSeedArticle();
// A syndicated copy: another masthead line on top and one sentence reworded.
const syndicated = seed
  .replace("US conducts airstrikes in Syria and Iraq against Iranian-backed militias", "Middle East Monitor | Syndicated from The Wall Street Journal\n\nUS strikes Iran-backed militias in Syria, Iraq")
  .replace("The action was President Biden’s second use of force in the region.", "It was the second time President Biden had used force in the region.");

function resemblance(a: string, b: string): number {
  return estimateResemblance(fingerprintText(a).signature, fingerprintText(b).signature);
}

async function* items(...texts: [string, string][]): AsyncIterable<IngestItem> {
  for (const [origin, content] of texts) yield { raw: { origin, kind: "text", content, meta: {} } };
}

async function withStore(run: (store: Awaited<ReturnType<typeof openSqliteStore>>) => Promise<void>) {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-dup-")), "s.db"));
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

describe("near-duplicates", () => {
  it("the fixture really is an edited copy: its text differs, its estimated resemblance is above the threshold", () => {
    assert.notEqual(syndicated, seed);
    assert.ok(syndicated.includes("It was the second time President Biden"));
    assert.ok(resemblance(seed, syndicated) >= 0.8);
  });

  it("a syndicated copy of the seed is stored as a duplicate of the first copy, not extracted again", async () => {
    await withStore(async (store) => {
      const counts = await ingestDocuments(items(["wsj.txt", seed], ["syndicated.txt", syndicated]), store, { published: "2021-06-28" });
      assert.equal(counts.stored, 1);
      assert.equal(counts.duplicates, 1);
      const rows = await store.listDocuments();
      const first = rows.find((r) => r.origin === "wsj.txt")!;
      const copy = rows.find((r) => r.origin === "syndicated.txt")!;
      assert.deepEqual([copy.status, copy.reason, copy.duplicate_of], ["skipped", "duplicate", first.document_id]);
      assert.equal((await store.listEvents({ documentId: copy.document_id })).length, 0);
      // Re-running the ingest changes nothing: both are known by their content hash.
      const again = await ingestDocuments(items(["wsj.txt", seed], ["syndicated.txt", syndicated]), store, { published: "2021-06-28" });
      assert.deepEqual([again.stored, again.duplicates], [0, 2]);
    });
  });

  describe("negative cases", () => {
    it("a shorter report made of part of the story (10 of its paragraphs) is not a duplicate", async () => {
      const other = seed.split("\n\n").slice(10, 20).join("\n\n");
      assert.ok(resemblance(seed, other) < 0.8);
      await withStore(async (store) => {
        const counts = await ingestDocuments(items(["wsj.txt", seed], ["other.txt", other]), store, { published: "2021-06-28" });
        assert.equal(counts.stored, 2);
      });
    });

    it("a non-English report is stored with its language and skipped as unsupported-language", async () => {
      const spanish =
        "Estados Unidos llevó a cabo ataques aéreos en Siria e Irak contra dos milicias respaldadas por Irán que, según el Pentágono, " +
        "lanzaban ataques con drones contra las tropas estadounidenses. Las instalaciones de operaciones y de almacenamiento de armas " +
        "fueron atacadas cerca de la frontera entre Siria e Irak, en tres lugares utilizados por las milicias, dijo el Pentágono.";
      await withStore(async (store) => {
        await ingestDocuments(items(["es.txt", spanish]), store);
        const [row] = await store.listDocuments();
        assert.deepEqual([row.status, row.reason, row.language], ["skipped", "unsupported-language", "es"]);
        assert.equal((await store.listEvents()).length, 0);
      });
    });
  });
});
