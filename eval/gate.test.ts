// The gate end to end, as CI runs it, on a data folder and a baseline file made here.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../src/paths.js";
import { entryOf } from "../src/testing/cli-entry.js";
import { hashDataFolder } from "./data-hash.js";

function runGate(args: string[]) {
  const result = spawnSync(process.execPath, [...entryOf("eval/gate.ts"), ...args], {
    cwd: projectRoot(),
    encoding: "utf8",
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    last: result.stdout.trim().split("\n").at(-1) ?? "",
  };
}

describe("eval:gate", () => {
  // Only ecbplus (an empty folder: no topics, a null score) and wikievents (one hand-made document, not gold data)
  // exist; every other dataset folder is missing, so the run is quick.
  const data = mkdtempSync(join(tmpdir(), "sitrep-gate-"));
  mkdirSync(join(data, "ecbplus"));
  mkdirSync(join(data, "wikievents"));
  const tokens = ["Gunmen", "attacked", "a", "police", "post", "in", "Kabul", "."];
  writeFileSync(
    join(data, "wikievents", "dev.jsonl"),
    JSON.stringify({
      doc_id: "g1",
      tokens,
      sentences: [[tokens.map((t) => [t, 0, 0]), ""]],
      entity_mentions: [{ id: "T1", start: 6, end: 7 }],
      event_mentions: [{ event_type: "Conflict.Attack.Unspecified", arguments: [{ entity_id: "T1", role: "Place" }] }],
    }) + "\n",
  );
  const baseline = join(data, "baseline.json");
  const pin = (floor: number, hash: string | null, n?: number) =>
    writeFileSync(
      baseline,
      JSON.stringify({
        tolerance: 0.005,
        datasets: { wikievents: { floors: { score: floor }, limit: null, data_hash: hash, n } },
      }),
    );

  it("fails on a drop, naming dataset, floor and score in the closing line; says loudly when data changed", () => {
    pin(1.5, "0000000000000000"); // no score can reach 1.5
    const out = runGate(["--data", data, "--baseline", baseline]);
    assert.equal(out.status, 1, out.stderr);
    assert.match(out.last, /^eval:gate FAIL: wikievents data changed: .*score \S+ is below floor 1\.5000/);
    assert.match(out.stdout, /!!! DATA CHANGED: wikievents/);
  });

  it("fails when the dataset scores another number of items than pinned, though every score holds", () => {
    pin(0, hashDataFolder(join(data, "wikievents")), 2);
    const out = runGate(["--data", data, "--baseline", baseline]);
    assert.equal(out.status, 1, out.stdout);
    assert.match(out.last, /^eval:gate FAIL: wikievents n is 1, pinned 2/);
    const refused = runGate(["--data", data, "--baseline", baseline, "--update"]);
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /REFUSED wikievents: n 1 < pinned 2/);
    assert.equal(JSON.parse(readFileSync(baseline, "utf8")).datasets.wikievents.n, 2);
  });

  it("--update does not lower a floor; --allow-lower does, and the gate then passes", () => {
    pin(1.5, hashDataFolder(join(data, "wikievents")));
    const refused = runGate(["--data", data, "--baseline", baseline, "--update"]);
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /REFUSED wikievents/);
    assert.equal(JSON.parse(readFileSync(baseline, "utf8")).datasets.wikievents.floors.score, 1.5);

    const lowered = runGate(["--data", data, "--baseline", baseline, "--update", "--allow-lower"]);
    assert.equal(lowered.status, 0, lowered.stdout);
    const pinned = JSON.parse(readFileSync(baseline, "utf8")).datasets.wikievents;
    assert.ok(pinned.floors.score >= 0 && pinned.floors.score <= 1);
    const filled = pinned.n_tune === 1 ? "score/tune" : "score/check";
    assert.ok(filled in pinned.floors, "the half that holds the document is pinned");
    assert.equal(pinned.n, 1);
    assert.equal(pinned.n_tune + pinned.n_check, 1);
    assert.match(lowered.last, /^eval:gate PASS \(1 dataset\(s\) held, 0 failed/);
    assert.doesNotMatch(lowered.stdout, /DATA CHANGED/);
  });

  it("--allow-lower alone is a usage error", () => {
    assert.equal(runGate(["--allow-lower", "--baseline", baseline]).status, 2);
  });
});
