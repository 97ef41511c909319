import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SitrepError } from "../src/errors.js";
import { runCli } from "../src/testing/run-cli.js";
import { formatTable } from "./format-table.js";
import { runEval } from "./run-eval.js";
import type { Dataset, EvalOptions } from "./types.js";

function fakeDataset(name: string, seen: EvalOptions[] = []): Dataset {
  return {
    name,
    evaluate: async (_dir, options) => {
      seen.push(options);
      options.onProgress?.(1, 1);
      return {
        n: 1,
        unit: "docs",
        score: 0.5,
        headline: "fake F1",
        fields: [{ field: "x", precision: 0.5, recall: 0.5, f1: 0.5, rule: "exact" }],
      };
    },
  };
}

function dataDirWith(...folders: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-eval-"));
  for (const folder of folders) mkdirSync(join(dir, folder));
  return dir;
}

describe("runEval", () => {
  it("reports a dataset whose folder is missing as skipped, and still runs the others", async () => {
    const results = await runEval({
      dataDir: dataDirWith("present"),
      datasets: [fakeDataset("present"), fakeDataset("absent")],
    });
    assert.equal(results.present.score, 0.5);
    assert.equal(results.absent.skipped, true);
    assert.equal(results.absent.score, null);
    assert.match(results.absent.reason ?? "", /^skipped: no folder/);
    assert.match(formatTable(results), /absent {2}— {2}skipped/);
  });

  it("a dataset that reads several folders runs only when all are there, and gets the data directory", async () => {
    const seen: EvalOptions[] = [];
    const multi = { ...fakeDataset("multi", seen), folders: ["a", "b"] };
    const dir = dataDirWith("a");
    assert.equal((await runEval({ dataDir: dir, datasets: [multi] })).multi.skipped, true);
    mkdirSync(join(dir, "b"));
    assert.equal((await runEval({ dataDir: dir, datasets: [multi] })).multi.score, 0.5);
    assert.equal(seen[0].dataDir, dir);
  });

  it("--only runs just the named datasets; an unknown name is a usage error", async () => {
    const datasets = [fakeDataset("a"), fakeDataset("b"), fakeDataset("c")];
    const results = await runEval({ dataDir: dataDirWith("a", "b", "c"), datasets, only: ["c", "a"] });
    assert.deepEqual(Object.keys(results), ["a", "c"]);
    await assert.rejects(
      runEval({ dataDir: dataDirWith(), datasets, only: ["nope"] }),
      (e: unknown) => e instanceof SitrepError && e.code === "bad-usage",
    );
  });

  it("a pinned per-dataset limit wins over --limit, and progress names the dataset", async () => {
    const seenA: EvalOptions[] = [];
    const seenB: EvalOptions[] = [];
    const progress: string[] = [];
    await runEval({
      dataDir: dataDirWith("a", "b"),
      datasets: [fakeDataset("a", seenA), fakeDataset("b", seenB)],
      limit: 50,
      limits: { a: 7, b: null },
      onProgress: (name, done, total) => progress.push(`${name} ${done}/${total}`),
    });
    assert.equal(seenA[0].limit, 7);
    assert.equal(seenB[0].limit, 50);
    assert.deepEqual(progress, ["a 1/1", "b 1/1"]);
  });

  it("a scorer that throws is reported with its message; the run goes on", async () => {
    const broken: Dataset = {
      name: "broken",
      evaluate: async () => {
        throw new Error("bad gold file");
      },
    };
    const results = await runEval({ dataDir: dataDirWith("broken", "ok"), datasets: [broken, fakeDataset("ok")] });
    assert.equal(results.broken.error, "bad gold file");
    assert.equal(results.broken.score, null);
    assert.equal(results.ok.score, 0.5);
  });
});

describe("sitrep eval (CLI) on a tiny data folder made here", () => {
  // wikievents gets one hand-made document (not gold data); ecbplus an empty folder (no topics: a null
  // score with its reason); every other folder is missing.
  const dir = dataDirWith("wikievents", "ecbplus");
  const tokens = ["The", "United", "States", "carried", "out", "airstrikes", "in", "Syria", "against", "militias", "."];
  writeFileSync(
    join(dir, "wikievents", "dev.jsonl"),
    JSON.stringify({
      doc_id: "d1",
      tokens,
      sentences: [[tokens.map((t) => [t, 0, 0]), ""]],
      entity_mentions: [{ id: "T1", start: 1, end: 3 }],
      event_mentions: [
        { event_type: "Conflict.Attack.Unspecified", arguments: [{ entity_id: "T1", role: "Attacker" }] },
      ],
    }) + "\n",
  );

  it("--json prints one object covering all twelve datasets, each with n and score", () => {
    const out = runCli(["eval", "--data", dir, "--json"]);
    assert.equal(out.status, 0, out.stderr);
    const results = JSON.parse(out.stdout);
    assert.deepEqual(Object.keys(results).sort(), [
      "acled-events",
      "article-extraction",
      "case2021-event-types",
      "conll2003",
      "ecbplus",
      "event-records",
      "geoparsing",
      "plover-gsr",
      "polnear",
      "rams",
      "tempeval3",
      "ud-ewt",
      "wikievents",
    ]);
    for (const entry of Object.values(results) as { n: number; score: number | null; reason?: string }[]) {
      assert.equal(typeof entry.n, "number");
      assert.ok(entry.score === null ? typeof entry.reason === "string" : entry.score >= 0 && entry.score <= 1);
    }
    assert.equal(results.wikievents.n, 1);
    assert.equal(typeof results.wikievents.score, "number");
    assert.equal(results.ecbplus.reason, "no ECB+ topics in the data folder");
    assert.equal(results.rams.skipped, true);
    assert.match(out.stderr, /eval: wikievents/);
  });

  it("--only filters, and the table shows rules beside the numbers", () => {
    const out = runCli(["eval", "--data", dir, "--only", "wikievents,ecbplus"]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /^wikievents/m);
    assert.match(
      out.stdout,
      /attacker .* same role class within an aligned event; the predicted span contains the gold argument's head word/,
    );
    assert.doesNotMatch(out.stdout, /^rams/m);
  });

  it("prints tune and check scores with their n", () => {
    const out = runCli(["eval", "--data", dir, "--only", "wikievents"]);
    assert.match(out.stdout, /tune (\S+) \(n=\d\) {3}check (\S+) \(n=\d\)/);
  });

  it("--half tune scores only the tune half", () => {
    const out = runCli(["eval", "--data", dir, "--only", "wikievents", "--half", "tune", "--json"]);
    const result = JSON.parse(out.stdout).wikievents;
    assert.equal(result.halves.check.n, 0);
    assert.equal(result.n, result.halves.tune.n);
  });

  it("exits 1 when no dataset ran (no data folder at all)", () => {
    const out = runCli(["eval", "--data", join(dir, "nowhere"), "--only", "rams"]);
    assert.equal(out.status, 1);
    assert.match(out.stderr, /no dataset (ran|to run)/);
  });

  it("an unknown dataset name is a usage error (exit 2)", () => {
    const out = runCli(["eval", "--data", dir, "--only", "wikievent"]);
    assert.equal(out.status, 2);
    assert.match(out.stderr, /unknown dataset\(s\) wikievent/);
  });
});
