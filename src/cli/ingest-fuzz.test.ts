// Fuzzing ingest through the real CLI: a few hundred seeded bad inputs of every kind (see generate-bad-inputs.ts)
// and two good reports in one directory. The run must end normally with a row for every input read and both good
// reports stored. `npm run fuzz` runs the same with thousands (bench/fuzz-ingest.ts).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { inventedReportPath } from "../testing/fixtures.js";
import { BAD_KINDS, writeBadInputs } from "../testing/generate-bad-inputs.js";
import { runCli } from "../testing/run-cli.js";

const SEED = 16;
const COUNT = BAD_KINDS.length * 20;
const invented =
  "Shelling hit a market in the eastern district of Tarrow on Friday morning, killing at least six civilians and injuring a dozen more, local officials said.\n\nResidents said the shells came from positions across the river.";

describe(`cli: ingest survives ${COUNT} fuzzed bad inputs (seed ${SEED})`, () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-"));
  const db = `${dir}.db`;
  let result: ReturnType<typeof runCli>;
  let seconds = 0;
  let rows: { origin: string; status: string }[];
  let paths: string[];

  before(() => {
    paths = writeBadInputs(join(dir, "bad"), COUNT, SEED);
    writeFileSync(join(dir, "good-seed.txt"), readFileSync(inventedReportPath()));
    writeFileSync(join(dir, "good-invented.txt"), invented);
    const started = Date.now();
    result = runCli(["ingest", dir, "--db", db, "--published", "2021-06-28"]);
    seconds = (Date.now() - started) / 1000;
    rows = JSON.parse(runCli(["documents", "--db", db]).stdout);
  });

  it("exits 0 without a stack trace, in a generous time", () => {
    assert.equal(result.status, 0, result.stderr.slice(-2000));
    assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/, "a stack trace reached the user");
    assert.ok(seconds < 400, `took ${seconds} s`);
  });

  it("stores one row for every input read", () => {
    const read = Number(/ingested (\d+) input\(s\)/.exec(result.stderr)?.[1]);
    assert.ok(read >= COUNT + 2, `read ${read}`);
    assert.equal(rows.length, read);
  });

  it("every file but an archive's pages is named by a row (archive pages are named by their URL)", () => {
    const origins = rows.map((r) => r.origin);
    for (const path of paths.filter((p) => !/\.warc(\.gz)?$/.test(p))) {
      assert.ok(
        origins.some((o) => o === path || o.startsWith(`${path}:`) || o.startsWith(`${path}#`)),
        `no row for ${path}`,
      );
    }
  });

  it("stores both good reports", () => {
    assert.equal(rows.find((r) => r.origin.endsWith("good-seed.txt"))?.status, "ok");
    assert.equal(rows.find((r) => r.origin.endsWith("good-invented.txt"))?.status, "ok");
  });
});
