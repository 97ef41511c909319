// The store's own faults stop a run with a code and what to do, store nothing partial, and a re-run resumes: a
// full disk (SQLite's PRAGMA max_page_count makes SQLITE_FULL come on cue), a write lock another process holds,
// a read-only PostgreSQL session, a server that is not there. A read-only SQLite file: read-only-store.test.ts.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { SitrepError } from "../errors.js";
import { readInputs } from "../ingest/read-inputs.js";
import { ingestDocuments } from "../ingest-documents.js";
import { projectRoot } from "../paths.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { runCli } from "../testing/run-cli.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { openStore } from "./open-store.js";
import { createSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";
import { storeFaultOf } from "./store-faults.js";

const SAMPLES = [
  "invented-report.txt",
  "voa-farah-airstrikes-2009.txt",
  "voa-kunar-airstrike-2013.txt",
  "voa-gedo-al-shabab-2016.txt",
].map((name) => join(projectRoot(), "samples", name));
const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

const newDbPath = () => join(mkdtempSync(join(tmpdir(), "sitrep-faults-")), "s.db");

function eventsOf(documentId: string, count: number) {
  return Array.from({ length: count }, (_, i) =>
    makeEventRecord(documentId, i, { notes: `Report ${documentId} line ${i}: fighters clashed near a market.` }),
  );
}

/** The store may not grow past the pages it has now: the next write that needs a page fails with SQLITE_FULL. */
function capAtCurrentSize(sqlite: Database.Database): void {
  sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true })}`);
}

const isFault = (fault: string, words: RegExp) => (error: unknown) =>
  error instanceof SitrepError && error.code === fault && words.test(error.message);

describe("store faults: a full disk (SQLite)", () => {
  it("a save that does not fit fails whole with store-full; stored documents stay; with room again it is stored", async () => {
    const sqlite = new Database(newDbPath());
    const store = await createSqliteStore(sqlite);
    try {
      const first = eventsOf("doc-0", 3);
      assert.equal(await store.saveDocument(makeDocFor("doc-0", first), first), "stored");
      capAtCurrentSize(sqlite);
      const big = eventsOf("doc-1", 200);
      await assert.rejects(
        store.saveDocument(makeDocFor("doc-1", big), big),
        isFault("store-full", /could not save document: the store is full: free space .*SQLITE_FULL/),
      );
      assert.equal(await store.hasDocument("doc-1"), false);
      assert.equal((await store.queryEvents({ document: "doc-1" })).items.length, 0, "no event of the failed save");
      assert.deepEqual(
        (await store.listEvents({ documentId: "doc-0" })).map((e) => e.event_id),
        first.map((e) => e.event_id),
      );
      sqlite.pragma("max_page_count = 1073741823");
      assert.equal(await store.saveDocument(makeDocFor("doc-1", big), big), "stored");
      assert.equal((await store.listEvents({ documentId: "doc-1" })).length, 200);
    } finally {
      await store.close();
    }
  });

  it("ingest stops at the first report that does not fit, records nothing against it, and a re-run resumes", {
    timeout: 300_000,
  }, async () => {
    const sqlite = new Database(newDbPath());
    const store = await createSqliteStore(sqlite);
    try {
      assert.equal((await ingestDocuments(readInputs(SAMPLES.slice(0, 1)), store)).stored, 1);
      capAtCurrentSize(sqlite);
      await assert.rejects(
        ingestDocuments(readInputs(SAMPLES), store),
        isFault("store-full", /the store is full: .*run the same command again/),
      );
      const rows = await store.listDocuments();
      assert.ok(
        rows.every((r) => r.status === "ok"),
        `no input blamed for the store's fault: ${JSON.stringify(rows.map((r) => [r.origin, r.status, r.reason]))}`,
      );
      await assertNoOrphanEvents(store);
      sqlite.pragma("max_page_count = 1073741823");
      const rerun = await ingestDocuments(readInputs(SAMPLES), store);
      assert.equal(rerun.stored + rerun.duplicates, SAMPLES.length);
      assert.equal(rerun.stored, SAMPLES.length - rows.length, "each report stored once, by one run or the other");
      assert.deepEqual((await store.listDocuments()).map((r) => r.status).sort(), ["ok", "ok", "ok", "ok"]);
      await assertNoOrphanEvents(store);
    } finally {
      await store.close();
    }
  });
});

describe("store faults: a locked store (SQLite)", () => {
  // A short busy timeout, so that SQLITE_BUSY reaches retryWhenBusy within the test's time: these tests are
  // about the retries and what follows them, not SQLite's own wait.
  const openWithShortWait = async (path: string) => {
    const sqlite = new Database(path);
    const store = await createSqliteStore(sqlite);
    sqlite.pragma("busy_timeout = 100");
    return store;
  };

  it("a write retries while another process holds the write lock, and succeeds once it is released", async () => {
    const path = newDbPath();
    const store = await openWithShortWait(path);
    const lock = await holdWriteLock(path);
    try {
      const started = Date.now();
      const releasing = new Promise((resolve) => setTimeout(() => resolve(lock.release()), 1000));
      const events = eventsOf("doc-0", 2);
      assert.equal(await store.saveDocument(makeDocFor("doc-0", events), events), "stored");
      await releasing;
      assert.ok(Date.now() - started >= 900, "the save waited for the lock: SQLITE_BUSY was retried");
    } finally {
      await lock.release();
      await store.close();
    }
  });

  it("a lock held past every retry stops with store-busy and what to do; nothing is stored", {
    timeout: 120_000,
  }, async () => {
    const path = newDbPath();
    const store = await openWithShortWait(path);
    const lock = await holdWriteLock(path);
    try {
      const events = eventsOf("doc-0", 2);
      await assert.rejects(
        store.saveDocument(makeDocFor("doc-0", events), events),
        isFault("store-busy", /stayed locked by another writer through \d+ tries: wait for the other process/),
      );
      await lock.release();
      assert.equal(await store.hasDocument("doc-0"), false);
    } finally {
      await lock.release();
      await store.close();
    }
  });
});

const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;

describe("store faults: PostgreSQL", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("a read-only session (default_transaction_read_only) reads; each write stops with store-read-only", {
    timeout: 120_000,
  }, async () => {
    const url = await postgres.newLocation();
    const writable = await openStore(url);
    const first = eventsOf("doc-0", 2);
    await writable.saveDocument(makeDocFor("doc-0", first), first);
    await writable.close();
    const readOnly = new URL(url);
    readOnly.searchParams.set("options", "-c default_transaction_read_only=on");
    const store = await openStore(readOnly.toString());
    try {
      assert.equal((await store.queryEvents({})).items.length, 2);
      const next = eventsOf("doc-1", 2);
      await assert.rejects(
        store.saveDocument(makeDocFor("doc-1", next), next),
        isFault("store-read-only", /may not be written: .*25006/),
      );
      await assert.rejects(
        ingestDocuments(readInputs(SAMPLES.slice(1, 2)), store),
        isFault("store-read-only", /connect as a role that may write/),
      );
      await assert.rejects(
        store.reviewEvent(first[0]!.event_id, { action: "confirm", reviewer: "t" }),
        isFault("store-read-only", /may not be written/),
      );
    } finally {
      await store.close();
    }
    const after = await openStore(url);
    try {
      assert.deepEqual(
        (await after.listDocuments()).map((r) => r.document_id),
        ["doc-0"],
      );
    } finally {
      await after.close();
    }
  });
});

describe("store faults: a PostgreSQL role that may only read", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("opens a migrated store and reads it; each write stops with store-read-only", async (t) => {
    const url = await postgres.newLocation();
    const writable = await openStore(url);
    const first = eventsOf("doc-0", 2);
    await writable.saveDocument(makeDocFor("doc-0", first), first);
    await writable.close();
    const role = `sitrep_reader_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      try {
        await admin.query(`create role ${role} login password 'reader'`);
      } catch (error) {
        return t.skip(`this PostgreSQL user may not create roles: ${(error as Error).message}`);
      }
      const database = new URL(url).pathname.slice(1);
      await admin.query(`grant connect on database ${database} to ${role}`);
      await admin.query(`grant usage on schema public to ${role}`);
      await admin.query(`grant select on all tables in schema public to ${role}`);
      const reader = new URL(url);
      reader.username = role;
      reader.password = "reader";
      const store = await openStore(reader.toString());
      try {
        assert.equal((await store.queryEvents({})).items.length, 2);
        const next = eventsOf("doc-1", 2);
        await assert.rejects(
          store.saveDocument(makeDocFor("doc-1", next), next),
          isFault("store-read-only", /may not be written: .*42501: permission denied/),
        );
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`drop owned by ${role}`).catch(() => {});
      await admin.query(`drop role if exists ${role}`).catch(() => {});
      await admin.end();
    }
  });
});

describe("store faults: a PostgreSQL server that is not there", () => {
  // Port 1 on loopback: nothing listens, so the connection is refused at once (no server needed for this test).
  const url = "postgres://sitrep:s3cret-word@127.0.0.1:1/sitrep";

  it("opening stops with store-unreachable, what to check, and no password", async () => {
    await assert.rejects(
      openStore(url),
      (error) =>
        isFault("store-unreachable", /cannot reach the store: check that the PostgreSQL server is running/)(error) &&
        !/s3cret-word/.test((error as Error).message),
    );
  });

  it("the CLI says so in one line and exits 1", () => {
    const result = runCli(["events", "--db", url]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^sitrep: store: could not open database postgres:\/\/sitrep:\*\*\*@127\.0\.0\.1:1/);
    assert.match(result.stderr, /ECONNREFUSED/);
    assert.doesNotMatch(result.stderr, STACK_TRACE);
    assert.doesNotMatch(result.stderr, /s3cret-word/);
  });
});

describe("store faults: which driver errors are faults", () => {
  it("knows SQLite's and PostgreSQL's codes, down a cause chain, and leaves other errors alone", () => {
    const cases: [unknown, string | undefined][] = [
      [{ code: "SQLITE_FULL" }, "store-full"],
      [{ code: "53100" }, "store-full"],
      [{ code: "SQLITE_READONLY_DIRECTORY" }, "store-read-only"],
      [{ code: "42501" }, "store-read-only"],
      [{ code: "SQLITE_BUSY" }, "store-busy"],
      [{ code: "55P03" }, "store-busy"],
      [{ code: "08006" }, "store-unreachable"],
      [new Error("wrapped", { cause: { code: "ECONNREFUSED" } }), "store-unreachable"],
      [{ code: "SQLITE_CONSTRAINT_NOTNULL" }, undefined],
      [{ code: "23505" }, undefined],
      [new Error("a stage failed"), undefined],
    ];
    for (const [error, fault] of cases) assert.equal(storeFaultOf(error), fault, JSON.stringify(error));
  });
});

async function assertNoOrphanEvents(store: Store): Promise<void> {
  const stored = new Set((await store.listDocuments()).map((r) => r.document_id));
  for (const event of await store.listEvents())
    assert.ok(
      event.sources.some((s) => stored.has(s.document_id)),
      `event ${event.event_id} of no stored document`,
    );
}

/** Another process takes SQLite's write lock (BEGIN IMMEDIATE) and keeps it until released. */
async function holdWriteLock(path: string): Promise<{ release(): Promise<void> }> {
  const holder = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.exec("begin immediate");
    process.stdout.write("locked\\n");
    process.stdin.resume();
    process.stdin.on("end", () => { db.exec("rollback"); db.close(); process.exit(0); });`;
  const child = spawn(process.execPath, ["-e", holder, path], {
    cwd: projectRoot(),
    stdio: ["pipe", "pipe", "inherit"],
  });
  await once(child.stdout!, "data");
  const exited = once(child, "exit");
  return {
    release: async () => {
      if (child.exitCode !== null) return;
      child.stdin!.end();
      await exited;
    },
  };
}
