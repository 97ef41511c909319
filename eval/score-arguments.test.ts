import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RoleClass } from "./argument-roles.js";
import { countMatches, summariseMatches, type Argument, type ArgumentCounts } from "./score-arguments.js";

// "The United States carried out airstrikes on Kata'ib Hezbollah facilities in Syria."
//  attacker [4,17)  target [41,58)  place [73,78)
const GOLD: Argument[] = [
  { role: "attacker", start: 4, end: 17, goldRole: "attacker" },
  { role: "target/victim", start: 41, end: 58, goldRole: "target" },
  { role: "place", start: 73, end: 78, goldRole: "place" },
];

function score(gold: Argument[], predicted: Argument[]) {
  const counts = new Map<RoleClass, ArgumentCounts>();
  countMatches(gold, predicted, counts);
  return summariseMatches(counts, ["attacker", "target/victim", "instrument", "place"]);
}

describe("argument matching", () => {
  it("a perfect prediction scores 1", () => {
    assert.equal(score(GOLD, GOLD).micro.f1, 1);
  });

  it("no prediction scores recall 0 (and no precision)", () => {
    const { micro } = score(GOLD, []);
    assert.equal(micro.recall, 0);
    assert.equal(micro.precision, null);
  });

  it("partial: overlapping span counts, wrong role and extra spans do not (P 1/3, R 1/3)", () => {
    const predicted: Argument[] = [
      { role: "attacker", start: 0, end: 17 }, // "The United States" overlaps the gold head
      { role: "attacker", start: 41, end: 58 }, // right span, wrong role class
      { role: "instrument", start: 30, end: 40 }, // nothing there in gold
    ];
    const { micro, fields } = score(GOLD, predicted);
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 2, 2]);
    assert.ok(Math.abs(micro.f1! - 1 / 3) < 1e-12);
    assert.equal(fields.find((f) => f.field === "place")?.recall, 0);
  });

  it("one prediction cannot match two gold arguments, and touching spans do not overlap", () => {
    const gold: Argument[] = [
      { role: "place", start: 0, end: 5 },
      { role: "place", start: 6, end: 10 },
    ];
    const { micro } = score(gold, [{ role: "place", start: 0, end: 10 }, { role: "place", start: 10, end: 12 }]);
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 1, 1]);
  });

  it("the same span predicted by two events counts once; merged gold roles get recall-only rows", () => {
    const gold: Argument[] = [
      { role: "target/victim", start: 0, end: 5, goldRole: "target" },
      { role: "target/victim", start: 10, end: 15, goldRole: "victim" },
    ];
    const twice: Argument = { role: "target/victim", start: 0, end: 5 };
    const { micro, fields } = score(gold, [twice, { ...twice }]);
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 0, 1]);
    assert.equal(fields.find((f) => f.field.includes("target (recall only)"))?.recall, 1);
    assert.equal(fields.find((f) => f.field.includes("victim (recall only)"))?.recall, 0);
  });
});
