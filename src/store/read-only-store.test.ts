// A store this user may not write: `sitrep ingest` and the API's writes stop with the store-read-only fault and
// what to do, the file is left as it was, and reading it still works. File modes are what makes it read-only
// here, as for a user given an archive; root writes whatever the modes say, so under root (CI, this machine)
// the file runs itself again as the unprivileged user "nobody", and passes when every test passed there.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createApp } from "../api/app.js";
import { readInputs } from "../ingest/read-inputs.js";
import { ingestDocuments } from "../ingest-documents.js";
import { cacheDir, projectRoot } from "../paths.js";
import { inventedReportPath } from "../testing/fixtures.js";
import { runCli } from "../testing/run-cli.js";
import { openStore } from "./open-store.js";

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const thisFile = fileURLToPath(import.meta.url);
const anotherReport = join(projectRoot(), "samples", "voa-kunar-airstrike-2013.txt");
const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

if (isRoot)
  describe("store: read-only (run again as the user nobody: root ignores file modes)", () => {
    it("every read-only test passes as nobody", { timeout: 300_000 }, (t) => {
      if (!canRunAsNobody()) return t.skip("the user nobody cannot read this checkout");
      const { NODE_TEST_CONTEXT: _runnerOnly, ...env } = process.env;
      const cache = readableCache();
      t.after(() => rmSync(cache, { recursive: true, force: true }));
      const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=tap", thisFile], {
        cwd: projectRoot(),
        uid: NOBODY,
        gid: NOBODY,
        env: { ...env, SITREP_CACHE: cache, TMPDIR: tmpdir() },
        encoding: "utf8",
      });
      assert.equal(result.status, 0, result.stdout.slice(-3000) + result.stderr.slice(-2000));
      assert.match(result.stdout, /^# pass [3-9]/m, "the read-only tests ran");
      assert.match(result.stdout, /^# fail 0/m);
    });
  });
else
  describe("store: read-only", () => {
    it("sitrep ingest into a file the user may not write: a clear error, exit 1, the file unchanged, reads work", async () => {
      const db = await storeWithOneReport();
      chmodSync(db, 0o444);
      const before = hashOf(db);
      const eventsBefore = runCli(["events", "--db", db, "--format", "jsonl"]).stdout;
      const result = runCli(["ingest", anotherReport, "--db", db, "--published", "2024-05-06"]);
      assert.equal(result.status, 1, result.stderr);
      assert.match(
        result.stderr,
        /sitrep: store: could not .*the store may not be written: give this user write access/,
      );
      assert.doesNotMatch(result.stderr, STACK_TRACE);
      assert.equal(hashOf(db), before);
      const events = runCli(["events", "--db", db, "--format", "jsonl"]);
      assert.equal(events.status, 0, events.stderr);
      assert.ok(events.stdout.length > 0);
      assert.equal(events.stdout, eventsBefore);
    });

    it("sitrep ingest into a folder the user may not write (no -wal, -shm): a clear error, the file unchanged", async () => {
      const db = await storeWithOneReport();
      const folder = join(db, "..");
      chmodSync(folder, 0o555);
      const before = hashOf(db);
      try {
        const result = runCli(["ingest", anotherReport, "--db", db, "--published", "2024-05-06"]);
        assert.equal(result.status, 1, result.stderr);
        assert.match(result.stderr, /the store may not be written/);
        assert.doesNotMatch(result.stderr, STACK_TRACE);
        assert.equal(hashOf(db), before);
      } finally {
        chmodSync(folder, 0o755);
      }
    });

    it("the API's writes answer 503 store-read-only with what to do, its reads answer, nothing is stored", async () => {
      const db = await storeWithOneReport();
      chmodSync(db, 0o444);
      const before = hashOf(db);
      const store = await openStore(db);
      try {
        const app = createApp({ store, token: null });
        const post = (path: string, body: unknown) =>
          app.request(path, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(body),
          });
        const posted = await post("/api/documents", { text: readFileSync(anotherReport, "utf8"), origin: "mopti.txt" });
        assert.equal(posted.status, 503);
        const { error } = await posted.json();
        assert.equal(error.code, "store-read-only");
        assert.match(error.message, /give this user write access/);
        const listed = await app.request("/api/events");
        assert.equal(listed.status, 200);
        const [first] = (await listed.json()).items;
        assert.ok(first, "the stored report's events are listed");
        const reviewed = await post(`/api/events/${first.event_id}/review`, { action: "confirm", reviewer: "t" });
        assert.equal(reviewed.status, 503);
        assert.equal((await reviewed.json()).error.code, "store-read-only");
        assert.equal((await store.listDocuments()).length, 1);
      } finally {
        await store.close();
      }
      assert.equal(hashOf(db), before);
    });
  });

let storedReport: Promise<string> | undefined;

/** A store of its own holding the invented report: a copy of one ingested once (the pipeline's lexicons take seconds
 * to load), closed, so its WAL is checkpointed into the file. */
async function storeWithOneReport(): Promise<string> {
  storedReport ??= ingestOneReport();
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-read-only-")), "s.db");
  cpSync(await storedReport, db);
  return db;
}

async function ingestOneReport(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-read-only-")), "s.db");
  const store = await openStore(db);
  try {
    const counts = await ingestDocuments(readInputs([inventedReportPath()]), store, { published: "2021-06-28" });
    assert.equal(counts.stored, 1);
  } finally {
    await store.close();
  }
  return db;
}

function hashOf(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function canRunAsNobody(): boolean {
  const probe = spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(thisFile)})`], {
    uid: NOBODY,
    gid: NOBODY,
  });
  return probe.status === 0;
}

/** root's gazetteer cache sits under /root, which nobody may not enter: a copy it may read spares a rebuild. */
function readableCache(): string {
  const copy = mkdtempSync(join(tmpdir(), "sitrep-cache-"));
  if (existsSync(cacheDir())) cpSync(cacheDir(), copy, { recursive: true });
  chmodSync(copy, 0o777);
  return copy;
}
