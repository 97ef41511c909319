// A run killed between a document's commit and its merge (on PostgreSQL each commits alone) leaves events in no
// incident; the next `sitrep ingest` merges them, on either backend. The stopped run is made by storing a report
// with the merge left out, not by timing a kill.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { ingestDocuments } from "../ingest-documents.js";
import { openStore } from "../store/open-store.js";
import { runCli } from "../testing/run-cli.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { inventKillReport } from "./ingest-kill-reports.js";

async function* oneReport(i: number) {
  yield { raw: { origin: `stopped-${i}.txt`, kind: "text" as const, content: inventKillReport(i), meta: {} } };
}

for (const backend of STORE_BACKENDS)
  describe(`ingest after a run stopped before its merge (${backend.name})`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("merges the events the stopped run left in no incident", { timeout: 300_000 }, async () => {
      const location = await backend.newLocation();
      const store = await openStore(location);
      try {
        await ingestDocuments(oneReport(1), store, { published: "2024-05-06", mergeEvents: async () => {} });
        assert.ok((await store.listEventsWithoutIncident()).length > 0, "the stopped run left events unmerged");
      } finally {
        await store.close();
      }
      const file = join(mkdtempSync(join(tmpdir(), "sitrep-heal-")), "next.txt");
      writeFileSync(file, inventKillReport(2));
      const run = runCli(["ingest", file, "--db", location, "--published", "2024-05-06"]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /merged \d+ event\(s\) an interrupted run left unmerged/);
      const after = await openStore(location);
      try {
        assert.deepEqual(await after.listEventsWithoutIncident(), []);
        assert.equal((await after.listDocuments()).length, 2);
      } finally {
        await after.close();
      }
    });
  });
