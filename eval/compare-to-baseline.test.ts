import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareToBaseline, updateBaseline, type Baseline } from "./compare-to-baseline.js";
import type { EvalEntry, EvalResults } from "./run-eval.js";

const BASELINE: Baseline = {
  tolerance: 0.005,
  datasets: {
    rams: { floor: 0.5, limit: null, data_hash: "aaaa" },
    wikievents: { floor: 0.3, limit: 10, data_hash: "bbbb" },
    ecbplus: { floor: null, limit: null, data_hash: null },
  },
};
const HASHES = { rams: "aaaa", wikievents: "bbbb", ecbplus: "cccc" };

function entry(score: number | null, extra: Partial<EvalEntry> = {}): EvalEntry {
  return { n: 10, unit: "docs", score, headline: "", fields: [], seconds: 1, ...extra };
}

function results(rams: number | null, wikievents: number | null, ecbplus: EvalEntry = entry(null, { reason: "not implemented" })): EvalResults {
  return { rams: entry(rams), wikievents: entry(wikievents), ecbplus };
}

describe("gate comparison", () => {
  it("passes when every score is at or above its floor", () => {
    const report = compareToBaseline(BASELINE, results(0.6, 0.3), HASHES);
    assert.equal(report.passed, true);
    assert.deepEqual(report.rows.map((r) => r.status), ["pass", "pass", "not-scored"]);
  });

  it("passes within noise: 0.004 below the floor is not a drop", () => {
    assert.equal(compareToBaseline(BASELINE, results(0.496, 0.3), HASHES).passed, true);
  });

  it("fails on a drop beyond the tolerance and names dataset, floor and score", () => {
    const report = compareToBaseline(BASELINE, results(0.494, 0.3), HASHES);
    assert.equal(report.passed, false);
    assert.deepEqual(report.failures.map((r) => [r.dataset, r.status]), [["rams", "below-floor"]]);
    assert.match(report.failures[0].message, /0\.4940 is below floor 0\.5000/);
  });

  it("fails when a gated score becomes null or its data folder is missing", () => {
    assert.equal(compareToBaseline(BASELINE, results(null, 0.3), HASHES).failures[0].status, "lost-score");
    const missing = { ...results(0.6, 0.3), wikievents: entry(null, { skipped: true }) };
    assert.equal(compareToBaseline(BASELINE, missing, HASHES).failures[0].status, "no-data");
  });

  it("flags changed data but still compares", () => {
    const report = compareToBaseline(BASELINE, results(0.6, 0.1), { ...HASHES, wikievents: "dddd" });
    assert.deepEqual(report.dataChanged, ["wikievents"]);
    assert.equal(report.passed, false);
  });
});

describe("gate --update", () => {
  it("raises floors (rounded down), pins new scores and re-pins hashes", () => {
    const scored = results(0.61239, 0.3, entry(0.25));
    const { baseline, changes, refused } = updateBaseline(BASELINE, scored, { ...HASHES, ecbplus: "eeee" }, false);
    assert.equal(baseline.datasets.rams.floor, 0.6123);
    assert.equal(baseline.datasets.wikievents.floor, 0.3);
    assert.equal(baseline.datasets.ecbplus.floor, 0.25);
    assert.equal(baseline.datasets.ecbplus.data_hash, "eeee");
    assert.equal(baseline.datasets.wikievents.limit, 10, "limits are kept");
    assert.equal(changes.length, 2);
    assert.deepEqual(refused, []);
    assert.equal(compareToBaseline(baseline, scored, HASHES).passed, true, "the run that pins floors passes them");
  });

  it("does not lower a floor without --allow-lower, and does with it", () => {
    const lower = results(0.4, 0.3);
    const refusedRun = updateBaseline(BASELINE, lower, HASHES, false);
    assert.equal(refusedRun.baseline.datasets.rams.floor, 0.5);
    assert.match(refusedRun.refused[0], /rams: score 0\.4000 is below floor 0\.5000/);
    assert.equal(updateBaseline(BASELINE, lower, HASHES, true).baseline.datasets.rams.floor, 0.4);
  });

  it("leaves the entry of a skipped dataset alone", () => {
    const skipped = { ...results(0.6, 0.3), wikievents: entry(null, { skipped: true }) };
    assert.deepEqual(updateBaseline(BASELINE, skipped, HASHES, true).baseline.datasets.wikievents, BASELINE.datasets.wikievents);
  });
});
