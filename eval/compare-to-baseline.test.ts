import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Baseline, compareToBaseline, updateBaseline } from "./compare-to-baseline.js";
import type { EvalEntry, EvalResults } from "./run-eval.js";

const BASELINE: Baseline = {
  tolerance: 0.005,
  datasets: {
    rams: {
      floors: { score: 0.5, "score/tune": 0.5, "score/check": 0.5 },
      limit: null,
      data_hash: "aaaa",
      n: 10,
      n_tune: 7,
      n_check: 3,
    },
    wikievents: { floor: 0.3, limit: 10, data_hash: "bbbb" },
    ecbplus: { limit: null, data_hash: null },
  },
};
const HASHES = { rams: "aaaa", wikievents: "bbbb", ecbplus: "cccc" };

function entry(score: number | null, extra: Partial<EvalEntry> = {}): EvalEntry {
  const halves = { tune: { n: 7, score }, check: { n: 3, score } };
  return { n: 10, unit: "docs", score, headline: "", fields: [], seconds: 1, halves, ...extra };
}

function results(
  rams: number | null,
  wikievents: number | null,
  ecbplus: EvalEntry = entry(null, { reason: "not implemented" }),
): EvalResults {
  return { rams: entry(rams), wikievents: entry(wikievents), ecbplus };
}

describe("gate comparison", () => {
  it("passes when every score is at or above its floor", () => {
    const report = compareToBaseline(BASELINE, results(0.6, 0.3), HASHES);
    assert.equal(report.passed, true);
    assert.deepEqual(
      report.rows.map((r) => r.status),
      ["pass", "pass", "not-scored"],
    );
  });

  it("passes within noise: 0.004 below the floor is not a drop", () => {
    assert.equal(compareToBaseline(BASELINE, results(0.496, 0.3), HASHES).passed, true);
  });

  it("fails on a drop beyond the tolerance and names dataset, floor and score", () => {
    const report = compareToBaseline(BASELINE, results(0.494, 0.3), HASHES);
    assert.equal(report.passed, false);
    assert.deepEqual(
      report.failures.map((r) => [r.dataset, r.status]),
      [["rams", "below-floor"]],
    );
    assert.match(report.failures[0].message, /score 0\.4940 is below floor 0\.5000/);
  });

  it("fails when only the check half drops", () => {
    const run = {
      ...results(0.6, 0.3),
      rams: entry(0.6, { halves: { tune: { n: 7, score: 0.7 }, check: { n: 3, score: 0.4 } } }),
    };
    const report = compareToBaseline(BASELINE, run, HASHES);
    assert.equal(report.passed, false);
    assert.match(report.failures[0].message, /score\/check 0\.4000 is below floor/);
  });

  it("fails when the scorer scores fewer items, even with a higher score", () => {
    const run = {
      ...results(0.6, 0.3),
      rams: entry(0.9, { n: 9, halves: { tune: { n: 6, score: 0.9 }, check: { n: 3, score: 0.9 } } }),
    };
    const report = compareToBaseline(BASELINE, run, HASHES);
    assert.deepEqual(
      report.failures.map((r) => [r.dataset, r.status]),
      [["rams", "n-changed"]],
    );
    assert.match(report.failures[0].message, /n is 9, pinned 10; n_tune is 6, pinned 7/);
  });

  it("fails when a gated score becomes null or its data folder is missing", () => {
    assert.equal(compareToBaseline(BASELINE, results(null, 0.3), HASHES).failures[0].status, "lost-score");
    const missing = { ...results(0.6, 0.3), wikievents: entry(null, { skipped: true }) };
    assert.equal(compareToBaseline(BASELINE, missing, HASHES).failures[0].status, "no-data");
  });

  it("fails on changed data even when every score holds", () => {
    const report = compareToBaseline(BASELINE, results(0.6, 0.3), { ...HASHES, wikievents: "dddd" });
    assert.deepEqual(report.dataChanged, ["wikievents"]);
    assert.deepEqual(
      report.failures.map((r) => r.status),
      ["data-changed"],
    );
  });

  it("a lower-is-better number fails above its ceiling, not below it", () => {
    const baseline: Baseline = {
      tolerance: 0.005,
      datasets: { ev: { ceilings: { falseEvents: 0.2 }, limit: null, data_hash: null } },
    };
    const run = (value: number) => ({
      ev: entry(0.5, { metrics: [{ name: "falseEvents", value, lowerIsBetter: true, about: "" }] }),
    });
    assert.equal(compareToBaseline(baseline, run(0.1), {}).passed, true);
    const report = compareToBaseline(baseline, run(0.3), {});
    assert.equal(report.passed, false);
    assert.match(report.failures[0].message, /falseEvents 0\.3000 is above ceiling 0\.2000/);
  });
});

describe("gate --update", () => {
  it("raises floors (rounded down), pins new scores, halves and n, and re-pins hashes", () => {
    const scored = results(0.61239, 0.3, entry(0.25));
    const hashes = { ...HASHES, ecbplus: "eeee" };
    const { baseline, changes, refused } = updateBaseline(BASELINE, scored, hashes, false);
    assert.equal(baseline.datasets.rams.floors!.score, 0.6123);
    assert.equal(baseline.datasets.rams.floors!["score/check"], 0.6123);
    assert.deepEqual(
      baseline.datasets.wikievents.floors,
      { score: 0.3, "score/tune": 0.3, "score/check": 0.3 },
      "a legacy floor becomes floors.score",
    );
    assert.equal(baseline.datasets.wikievents.floor, undefined);
    assert.equal(baseline.datasets.ecbplus.floors!.score, 0.25);
    assert.equal(baseline.datasets.ecbplus.n_check, 3);
    assert.equal(baseline.datasets.ecbplus.data_hash, "eeee");
    assert.equal(baseline.datasets.wikievents.limit, 10, "limits are kept");
    assert.ok(changes.length >= 5);
    assert.deepEqual(refused, []);
    assert.equal(compareToBaseline(baseline, scored, hashes).passed, true, "the run that pins floors passes them");
  });

  it("lowers a ceiling freely and raises it only with --allow-lower", () => {
    const baseline: Baseline = {
      tolerance: 0.005,
      datasets: { ev: { ceilings: { falseEvents: 0.2 }, limit: null, data_hash: null } },
    };
    const run = (value: number) => ({
      ev: entry(0.5, { metrics: [{ name: "falseEvents", value, lowerIsBetter: true, about: "" }] }),
    });
    assert.equal(updateBaseline(baseline, run(0.12341), {}, false).baseline.datasets.ev.ceilings!.falseEvents, 0.1235);
    const worse = updateBaseline(baseline, run(0.3), {}, false);
    assert.equal(worse.baseline.datasets.ev.ceilings!.falseEvents, 0.2);
    assert.match(worse.refused[0], /falseEvents: 0\.3000 is worse than pinned 0\.2000/);
    assert.equal(updateBaseline(baseline, run(0.3), {}, true).baseline.datasets.ev.ceilings!.falseEvents, 0.3);
  });

  it("does not lower a floor without --allow-lower, and does with it", () => {
    const lower = results(0.4, 0.3);
    const refusedRun = updateBaseline(BASELINE, lower, HASHES, false);
    assert.equal(refusedRun.baseline.datasets.rams.floors!.score, 0.5);
    assert.match(refusedRun.refused[0], /rams score: 0\.4000 is worse than pinned 0\.5000/);
    assert.equal(updateBaseline(BASELINE, lower, HASHES, true).baseline.datasets.rams.floors!.score, 0.4);
  });

  it("refuses to record a smaller n without --allow-lower", () => {
    const fewer = {
      ...results(0.9, 0.3),
      rams: entry(0.9, { n: 9, halves: { tune: { n: 6, score: 0.9 }, check: { n: 3, score: 0.9 } } }),
    };
    const refusedRun = updateBaseline(BASELINE, fewer, HASHES, false);
    assert.equal(refusedRun.baseline.datasets.rams.n, 10);
    assert.equal(refusedRun.baseline.datasets.rams.floors!.score, 0.5, "nothing of the entry is re-pinned");
    assert.match(refusedRun.refused.join("\n"), /rams: n 9 < pinned 10, n_tune 6 < pinned 7/);
    assert.equal(updateBaseline(BASELINE, fewer, HASHES, true).baseline.datasets.rams.n, 9);
  });

  it("leaves the entry of a skipped dataset alone", () => {
    const skipped = { ...results(0.6, 0.3), wikievents: entry(null, { skipped: true }) };
    assert.deepEqual(
      updateBaseline(BASELINE, skipped, HASHES, true).baseline.datasets.wikievents,
      BASELINE.datasets.wikievents,
    );
  });
});
