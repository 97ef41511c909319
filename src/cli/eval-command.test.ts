// `sitrep eval` with no gold data must fail loudly (a fresh clone has no ../shared/eval), not print an
// empty table and exit 0. The data folders are made here; ecbplus reads nothing, so the run is quick.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../testing/run-cli.js";

function dataDirWith(...folders: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-eval-cli-"));
  for (const folder of folders) mkdirSync(join(dir, folder));
  return dir;
}

describe("sitrep eval without data", () => {
  it("a data folder holding no dataset exits 1 with one line naming the folder", () => {
    const dir = dataDirWith();
    const out = runCli(["eval", "--data", dir]);
    assert.equal(out.status, 1, out.stderr);
    assert.equal(out.stderr.trim().split("\n").length, 1, out.stderr);
    assert.match(out.stderr, /eval found no dataset to run/);
    assert.ok(out.stderr.includes(`${dir} holds none of their folders`), out.stderr);
    assert.equal(out.stdout, "");
  });

  it("a missing data folder, given by SITREP_EVAL_DATA, says that it does not exist", () => {
    const dir = join(dataDirWith(), "nowhere");
    const out = runCli(["eval"], { env: { SITREP_EVAL_DATA: dir } });
    assert.equal(out.status, 1, out.stderr);
    assert.ok(out.stderr.includes(`${dir} does not exist`), out.stderr);
  });

  it("--only a dataset whose folder is missing fails even when others are present", () => {
    const out = runCli(["eval", "--data", dataDirWith("ecbplus"), "--only", "rams"]);
    assert.equal(out.status, 1, out.stderr);
    assert.match(out.stderr, /eval found no dataset to run/);
  });

  it("--only a dataset named for what it scores (event-records) looks for the folders it reads", () => {
    const out = runCli(["eval", "--data", dataDirWith("wikievents"), "--only", "event-records"]);
    assert.doesNotMatch(out.stderr, /eval found no dataset to run/);
    assert.match(out.stderr, /no dataset ran/);
  });

  it("--set with an unknown key or a value of the wrong type is a usage error (exit 2) before anything runs", () => {
    const unknown = runCli([
      "eval",
      "--data",
      dataDirWith("ecbplus"),
      "--only",
      "ecbplus",
      "--set",
      "places.nearkm=150",
    ]);
    assert.equal(unknown.status, 2, unknown.stderr);
    assert.match(unknown.stderr, /unknown setting "places.nearkm" \(choose from .*places.nearKm/);
    const wrongType = runCli([
      "eval",
      "--data",
      dataDirWith("ecbplus"),
      "--only",
      "ecbplus",
      "--set",
      "places.nearKm=far",
    ]);
    assert.equal(wrongType.status, 2, wrongType.stderr);
    assert.match(wrongType.stderr, /"places.nearKm" takes a number/);
    assert.equal(wrongType.stdout, "");
  });

  it("--parser other than perceptron or biaffine is a usage error (exit 2) before anything runs", () => {
    const out = runCli(["eval", "--data", dataDirWith("ud-ewt"), "--only", "ud-ewt", "--parser", "beam"]);
    assert.equal(out.status, 2, out.stderr);
    assert.match(out.stderr, /"beam" is not perceptron or biaffine/);
  });

  describe("negative cases", () => {
    it("one present dataset is a run: exit 0, the others reported as skipped", () => {
      const out = runCli(["eval", "--data", dataDirWith("ecbplus"), "--json"]);
      assert.equal(out.status, 0, out.stderr);
      const results = JSON.parse(out.stdout);
      assert.equal(results.ecbplus.skipped, undefined);
      assert.equal(results.rams.skipped, true);
    });
  });
});
