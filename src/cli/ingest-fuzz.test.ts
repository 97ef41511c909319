// Fuzzing ingest through the real CLI: a few hundred seeded bad inputs of every kind (see generate-bad-inputs.ts)
// and two good reports in one directory. The run must end normally with a row for every input read and both good
// reports stored. `npm run fuzz` runs the same with thousands (bench/fuzz-ingest.ts). On PostgreSQL (SITREP_TEST_PG)
// the same guarantees hold at a smaller size, inline and through `ingest --queue` and a `sitrep worker`.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { inventedReportPath } from "../testing/fixtures.js";
import { BAD_KINDS, writeBadInputs } from "../testing/generate-bad-inputs.js";
import { type CliResult, runCli, spawnCli } from "../testing/run-cli.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";

const SEED = 16;
/** Inputs per run: PostgreSQL's writes cost more per row (a round trip each), and CI runs both. */
const COUNTS = { sqlite: BAD_KINDS.length * 20, postgres: BAD_KINDS.length * 5 };
const invented =
  "Shelling hit a market in the eastern district of Tarrow on Friday morning, killing at least six civilians and injuring a dozen more, local officials said.\n\nResidents said the shells came from positions across the river.";
const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** A directory of `count` bad inputs and the two good reports; returns it and the bad inputs' paths. */
function writeInputs(count: number): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-"));
  const paths = writeBadInputs(join(dir, "bad"), count, SEED);
  writeFileSync(join(dir, "good-seed.txt"), readFileSync(inventedReportPath()));
  writeFileSync(join(dir, "good-invented.txt"), invented);
  return { dir, paths };
}

for (const backend of STORE_BACKENDS) {
  const count = COUNTS[backend.name];
  describe(`cli: ingest on ${backend.name} survives ${count} fuzzed bad inputs (seed ${SEED})`, {
    skip: backend.skip,
  }, () => {
    let result: CliResult;
    let seconds = 0;
    let rows: { origin: string; status: string }[];
    let paths: string[];

    before(async () => {
      const db = await backend.newLocation();
      const inputs = writeInputs(count);
      paths = inputs.paths;
      const started = Date.now();
      result = runCli(["ingest", inputs.dir, "--db", db, "--published", "2021-06-28"]);
      seconds = (Date.now() - started) / 1000;
      rows = JSON.parse(runCli(["documents", "--db", db]).stdout);
    });
    after(() => backend.cleanUp());

    it("exits 0 without a stack trace, in a generous time", () => {
      assert.equal(result.status, 0, result.stderr.slice(-2000));
      assert.doesNotMatch(result.stderr, STACK_TRACE, "a stack trace reached the user");
      assert.ok(seconds < 400, `took ${seconds} s`);
    });

    it("stores one row for every input read", () => {
      const read = Number(/ingested (\d+) input\(s\)/.exec(result.stderr)?.[1]);
      assert.ok(read >= count + 2, `read ${read}`);
      assert.equal(rows.length, read);
    });

    it("every file but an archive's pages is named by a row (archive pages are named by their URL)", () => {
      assertEveryFileHasARow(paths, rows);
    });

    it("stores both good reports", () => {
      assertGoodReportsStored(rows);
    });
  });
}

const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;

describe(`worker: queued ingest on PostgreSQL survives ${COUNTS.postgres} fuzzed bad inputs (seed ${SEED})`, {
  skip: postgres.skip,
}, () => {
  after(() => postgres.cleanUp());

  it("every job ends without a permanent failure, every input has a row, both good reports are stored", {
    timeout: 600_000,
  }, async () => {
    const db = await postgres.newLocation();
    const { dir, paths } = writeInputs(COUNTS.postgres);
    const queued = runCli(["ingest", dir, "--queue", "--db", db, "--published", "2021-06-28"]);
    assert.equal(queued.status, 0, queued.stderr.slice(-2000));
    const [, , read, skipped] =
      /queued (\d+) of (\d+) input\(s\) for sitrep worker; (\d+) skipped/.exec(queued.stderr) ?? [];
    const worker = spawnCli(["worker", "--db", db]);
    let failed: { task_identifier: string; last_error: string }[];
    try {
      failed = await waitForJobsToEnd(db, 500_000);
    } finally {
      worker.child.kill("SIGTERM");
    }
    const stopped = await worker.done;
    assert.equal(stopped.status, 0, stopped.stderr.slice(-2000));
    assert.doesNotMatch(stopped.stderr, STACK_TRACE, "a stack trace reached the worker's log");
    assert.deepEqual(failed, [], "no job failed for good");
    const rows: { origin: string; status: string }[] = JSON.parse(runCli(["documents", "--db", db]).stdout);
    assert.ok(Number(read) >= COUNTS.postgres + 2, `read ${read}`);
    // A queued document gets one row (stored, declined or skipped); an input skipped while reading got its own.
    assert.equal(rows.length, Number(read), `${skipped} skipped while reading`);
    assertEveryFileHasARow(paths, rows);
    assertGoodReportsStored(rows);
  });
});

function assertEveryFileHasARow(paths: string[], rows: { origin: string }[]): void {
  const origins = rows.map((r) => r.origin);
  for (const path of paths.filter((p) => !/\.warc(\.gz)?$/.test(p))) {
    assert.ok(
      origins.some((o) => o === path || o.startsWith(`${path}:`) || o.startsWith(`${path}#`)),
      `no row for ${path}`,
    );
  }
}

function assertGoodReportsStored(rows: { origin: string; status: string }[]): void {
  assert.equal(rows.find((r) => r.origin.endsWith("good-seed.txt"))?.status, "ok");
  assert.equal(rows.find((r) => r.origin.endsWith("good-invented.txt"))?.status, "ok");
}

/** Waits until no job is waiting or running; returns the jobs that failed for good (every attempt used). */
async function waitForJobsToEnd(url: string, timeoutMs: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 1000))) {
      const { rows } = await client.query<{ task_identifier: string; last_error: string; done: boolean }>(
        "select task_identifier, last_error, attempts >= max_attempts as done from graphile_worker.jobs",
      );
      if (rows.every((r) => r.done))
        return rows.map(({ task_identifier, last_error }) => ({ task_identifier, last_error }));
    }
    throw new Error("the queue did not empty in time");
  } finally {
    await client.end();
  }
}
