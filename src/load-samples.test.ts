import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createExtractPool } from "./extract/extract-pool.js";
import { loadSamples } from "./load-samples.js";
import { projectRoot } from "./paths.js";
import { openSqliteStore } from "./store/sqlite.js";

const dir = join(projectRoot(), "samples");
type Report = { file: string; published: string; url?: string; publisher: string; licence: string };
const reports: Report[] = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).reports;

describe("samples", () => {
  it("lists every report file in samples/, and only those", () => {
    const files = readdirSync(dir).filter((name) => name.endsWith(".txt"));
    assert.deepEqual(reports.map((r) => r.file).sort(), files.sort());
  });

  it("gives each real report its address and a public-domain licence, and labels invented ones", () => {
    for (const report of reports) {
      if (report.file.startsWith("invented-")) assert.match(report.publisher, /invented/, report.file);
      else {
        assert.match(report.url ?? "", /^https?:\/\/(www\.)?voanews\.com\//, report.file);
        assert.match(report.licence, /public domain/, report.file);
      }
    }
  });

  describe("loaded into a new store", () => {
    const pool = createExtractPool({ timeoutMs: 180_000 });
    after(() => pool.close());

    it("stores each report with its publisher, address and date, and finds events in each", async () => {
      const store = await openSqliteStore(":memory:");
      try {
        assert.ok((await loadSamples(store, pool)) > 0);
        const documents = await store.listDocuments();
        for (const report of reports) {
          const row = documents.find((d) => d.origin === `samples/${report.file}`);
          assert.ok(row, `${report.file} is stored`);
          assert.equal(row.publisher, report.publisher);
          assert.equal(row.url ?? undefined, report.url);
          assert.equal(row.published?.slice(0, 10), report.published);
          const events = await store.listEvents({ documentId: row.document_id });
          assert.ok(events.length > 0, `${report.file} gives at least one event`);
        }
      } finally {
        await store.close();
      }
    });
  });
});
