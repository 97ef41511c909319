// kill -9 in the middle of an ingest, then the same ingest again: every input ends as exactly one document row, and
// no document is half stored (each is saved in one transaction with its spans, events and sources). Inline on
// SQLite, and through the queue on PostgreSQL (a worker killed, another started). The size is a parameter: CI runs a
// few dozen documents; SITREP_KILL_TEST_DOCS=10000 runs the size (see bench/RESULTS.md).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { spawnCli } from "../testing/run-cli.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { inventKillReport } from "./ingest-kill-reports.js";

const DOCS = Number(process.env.SITREP_KILL_TEST_DOCS ?? 24);
const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;
// The killed worker's job is freed once it has been silent this long: the default 30 s would be most of the test.
const RECLAIM = ["--reclaim-after", "5"];

/** The kill test's reports (ingest-kill-reports.ts) written to a fresh folder. */
function inventReports(count: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), "sitrep-kill-")), "in");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `report-${String(i).padStart(5, "0")}.txt`), inventKillReport(i));
  return dir;
}

/** Waits until `count()` reaches `least`, then kills the child with SIGKILL; fails if it finished first. */
async function killAfter(run: ReturnType<typeof spawnCli>, count: () => Promise<number>, least: number): Promise<void> {
  let exited = false;
  void run.done.then(() => (exited = true));
  while ((await count().catch(() => 0)) < least) {
    assert.ok(!exited, `finished before ${least} documents were stored: raise SITREP_KILL_TEST_DOCS`);
    await new Promise((r) => setTimeout(r, 100));
  }
  run.child.kill("SIGKILL");
  await run.done;
}

type Check = { sql: string; expect: number; why: string };

/** Each a count that must come out as `expect` in a store holding `DOCS` inputs after the re-run. */
const CHECKS: Check[] = [
  { sql: "select count(*) as n from documents", expect: DOCS, why: "one row per input" },
  { sql: "select count(distinct origin) as n from documents", expect: DOCS, why: "every input has its row" },
  {
    sql: "select count(*) as n from documents d where status = 'ok' and not exists (select 1 from span_layers s where s.document_id = d.document_id)",
    expect: 0,
    why: "no stored document without its spans",
  },
  {
    sql: "select count(*) as n from documents d where status = 'ok' and not exists (select 1 from fingerprints f where f.document_id = d.document_id)",
    expect: 0,
    why: "no stored document without its fingerprint",
  },
  {
    sql: "select count(*) as n from events e where not exists (select 1 from event_sources s where s.event_id = e.event_id)",
    expect: 0,
    why: "no event without its source",
  },
  {
    sql: "select count(*) as n from (select event_id from incident_events group by event_id having count(*) > 1) x",
    expect: 0,
    why: "no event in two incidents",
  },
];

describe("ingest killed with SIGKILL and run again (SQLite, inline)", () => {
  it(`stores each of ${DOCS} inputs exactly once, none partly`, { timeout: 3_600_000 }, async () => {
    const dir = inventReports(DOCS);
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-kill-")), "s.db");
    // Batches smaller than the quarter the kill waits for, so the kill lands between commits, mid-batch (the
    // default of 50 would commit these small reports all at once on an idle machine).
    const batch = String(Math.min(50, Math.max(2, Math.floor(DOCS / 8))));
    const ingest = () => spawnCli(["ingest", dir, "--db", db, "--published", "2024-05-06", "--commit-every", batch]);
    const count = async () => {
      const reader = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (reader.prepare("select count(*) as n from documents").get() as { n: number }).n;
      } finally {
        reader.close();
      }
    };
    await killAfter(ingest(), count, Math.ceil(DOCS / 4));
    const stored = await count();
    assert.ok(stored < DOCS, `killed with ${stored} of ${DOCS} stored`);
    const again = await ingest().done;
    assert.equal(again.status, 0, again.stderr);
    const reader = new Database(db, { readonly: true });
    try {
      for (const { sql, expect, why } of CHECKS)
        assert.equal((reader.prepare(sql).get() as { n: number }).n, expect, why);
    } finally {
      reader.close();
    }
  });
});

describe("worker killed with SIGKILL and another started (PostgreSQL, queued)", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it(`stores each of ${DOCS} queued inputs exactly once, none partly`, { timeout: 3_600_000 }, async () => {
    const dir = inventReports(DOCS);
    const url = await postgres.newLocation();
    const queued = await spawnCli(["ingest", dir, "--queue", "--db", url, "--published", "2024-05-06"]).done;
    assert.equal(queued.status, 0, queued.stderr);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
      const stored = () => count("select count(*) as n from documents");
      await killAfter(spawnCli(["worker", "--db", url, ...RECLAIM]), stored, Math.ceil(DOCS / 4));
      assert.ok((await stored()) < DOCS);
      const heir = spawnCli(["worker", "--db", url, ...RECLAIM]);
      try {
        while ((await count("select count(*) as n from graphile_worker.jobs")) > 0)
          await new Promise((r) => setTimeout(r, 500));
      } finally {
        heir.child.kill("SIGTERM");
      }
      assert.equal((await heir.done).status, 0, (await heir.done).stderr);
      for (const { sql, expect, why } of CHECKS) assert.equal(await count(sql), expect, why);
      // The worker path also heals the merge the killed worker never did: every event in an incident.
      assert.equal(
        await count(
          "select count(*) as n from events e where not exists (select 1 from incident_events i where i.event_id = e.event_id)",
        ),
        0,
      );
    } finally {
      await client.end();
    }
  });
});
