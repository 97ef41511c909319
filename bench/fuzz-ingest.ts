// The full fuzz corpus: thousands of seeded bad inputs (src/testing/generate-bad-inputs.ts) plus a named pipe, a
// symlink loop and two good reports, ingested by the real CLI in one run. Prints inputs, rows, time and crashes
// (a non-zero exit or a stack trace). Run on demand: `npm run fuzz` (optionally `-- --count 5000 --seed 7`, and
// `--db postgres://…` for an empty PostgreSQL database instead of a new SQLite file).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inventedReportPath } from "../src/testing/fixtures.js";
import { writeBadInputs } from "../src/testing/generate-bad-inputs.js";
import { runCli } from "../src/testing/run-cli.js";

function readArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const count = readArg("count", 2400);
const seed = readArg("seed", 16);
const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-bench-"));
const db = process.argv.includes("--db") ? process.argv[process.argv.indexOf("--db") + 1]! : `${dir}.db`;
writeBadInputs(join(dir, "bad"), count, seed);
writeFileSync(join(dir, "good-seed.txt"), readFileSync(inventedReportPath()));
writeFileSync(
  join(dir, "good-second.txt"),
  "Gunmen attacked a police post in the northern town of Ravenfield on Tuesday night, killing four officers, a provincial spokesman said.\n\nNo group has claimed responsibility for the attack.",
);
execFileSync("mkfifo", [join(dir, "bad", "pipe.txt")]);
symlinkSync(dir, join(dir, "bad", "loop"));

const started = Date.now();
const run = runCli(["ingest", dir, "--db", db, "--published", "2021-06-28"]);
const seconds = (Date.now() - started) / 1000;
const rows: { origin: string; status: string; reason: string | null }[] = JSON.parse(
  runCli(["documents", "--db", db]).stdout,
);
const read = Number(/ingested (\d+) input\(s\)/.exec(run.stderr)?.[1] ?? NaN);
const stackTraces = (run.stderr.match(/\n\s+at .+:\d+:\d+/g) ?? []).length;
const reasons: Record<string, number> = {};
for (const row of rows) reasons[row.reason ?? row.status] = (reasons[row.reason ?? row.status] ?? 0) + 1;

console.log(
  JSON.stringify(
    {
      seed,
      files: count + 4,
      inputsRead: read,
      rows: rows.length,
      seconds: Math.round(seconds),
      exitStatus: run.status,
      crashes: (run.status === 0 ? 0 : 1) + stackTraces,
      goodStored: rows.filter((r) => /good-(seed|second)\.txt$/.test(r.origin) && r.status === "ok").length,
      reasons,
    },
    null,
    2,
  ),
);
if (run.status !== 0 || stackTraces > 0 || rows.length !== read) process.exitCode = 1;
