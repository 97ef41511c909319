// Expected values from the reference scorer's documented test cases (conll/reference-coreference-scorers,
// test/TestCases.README and CorefMetricTestConfig.pm) and from Pradhan et al. 2014's worked example,
// re-derived by hand in the comments.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type CorefScore, scoreBcubed, scoreCeafe, scoreConll, scoreMuc } from "./coref-metrics.js";
import { findMaxAssignment } from "./max-assignment.js";

const split = (s: string) => s.split(" ").map((c) => [...c]);
const KEY = split("a bc def");

function assertScore(actual: CorefScore, recall: number, precision: number, f1?: number): void {
  assert.ok(Math.abs(actual.recall - recall) < 1e-4, `recall ${actual.recall} != ${recall}`);
  assert.ok(Math.abs(actual.precision - precision) < 1e-4, `precision ${actual.precision} != ${precision}`);
  if (f1 !== undefined) assert.ok(Math.abs(actual.f1 - f1) < 1e-4, `f1 ${actual.f1} != ${f1}`);
}

describe("coref metrics: reference scorer test cases", () => {
  it("TC-A-1 perfect response scores 1 on every metric", () => {
    const s = scoreConll(KEY, KEY);
    for (const m of [s.muc, s.bcub, s.ceafe]) assertScore(m, 1, 1, 1);
    assert.equal(s.conllF1, 1);
  });

  it("TC-A-2 missing mentions: MUC 1/3 | 1, B³ 7/18 | 1, CEAF-e 0.6 | 0.9", () => {
    const response = split("a de");
    assertScore(scoreMuc(KEY, response), 1 / 3, 1, 0.5);
    assertScore(scoreBcubed(KEY, response), 7 / 18, 1, 0.5599);
    assertScore(scoreCeafe(KEY, response), 0.6, 0.9, 0.72);
  });

  it("TC-A-3 false-alarm mentions: CEAF-e 0.88571 | 0.66429 | 0.75918", () => {
    assertScore(scoreCeafe(KEY, split("a bcx defy z")), 0.88571, 0.66429, 0.75918);
  });

  it("TC-A-4 missing and false-alarm mentions: CEAF-e 0.73333 | 0.55 | 0.62857", () => {
    assertScore(scoreCeafe(KEY, split("a bcx dy z")), 0.73333, 0.55, 0.62857);
  });
});

describe("coref metrics: Pradhan et al. 2014 example, key {abc}{defg}, response {ab}{cd}{fghi}", () => {
  const key = split("abc defg");
  const response = split("ab cd fghi");
  it("MUC: recall (1+1)/(2+3) = 0.4, precision (1+0+1)/(1+1+3) = 0.4", () =>
    assertScore(scoreMuc(key, response), 0.4, 0.4, 0.4));
  it("B³: recall (4/3+1/3+1/4+1)/7, precision (2+1/2+1/2+1)/8", () =>
    assertScore(scoreBcubed(key, response), (4 / 3 + 1 / 3 + 1 / 4 + 1) / 7, 4 / 8));
  it("CEAF-e picks {abc}-{ab} (0.8) + {defg}-{fghi} (0.5), not the greedy-looking {cd}", () =>
    assertScore(scoreCeafe(key, response), 1.3 / 2, 1.3 / 3));
});

describe("coref metrics: negative and edge cases", () => {
  it("an empty response scores 0, not undefined", () => {
    const s = scoreConll(KEY, []);
    assert.deepEqual([s.muc.f1, s.bcub.f1, s.ceafe.f1, s.conllF1], [0, 0, 0, 0]);
  });
  it("all-singleton response against a chained key: MUC 0, B³ precision 1", () => {
    const response = split("a b c d e f");
    assert.equal(scoreMuc(KEY, response).f1, 0);
    assertScore(scoreBcubed(KEY, response), (1 + 2 / 2 + 3 / 3) / 6, 1);
  });
  it("max assignment beats greedy on a 2×2 trap and handles rectangles", () => {
    assert.equal(
      findMaxAssignment([
        [0.6, 0.5],
        [0.5, 0],
      ]),
      1.0,
    );
    assert.equal(findMaxAssignment([[1, 2, 3]]), 3);
    assert.equal(findMaxAssignment([[1], [4], [2]]), 4);
    assert.equal(findMaxAssignment([]), 0);
  });
});
