import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RoleClass } from "./argument-roles.js";
import {
  type Argument,
  type ArgumentCounts,
  type ArgumentEvent,
  alignEvents,
  countEventArguments,
  countMatches,
  EXACT_RULE,
  HEAD_RULE,
  type MatchRule,
  summariseMatches,
} from "./score-arguments.js";

// "The United States carried out airstrikes on Kata'ib Hezbollah facilities in Syria."
//  attacker [4,17) head "States" [11,17)  trigger "airstrikes" [30,40)  target [44,72) head [62,72)  place [76,81)
const GOLD: Argument[] = [
  { role: "attacker", start: 4, end: 17, goldRole: "attacker", head: { start: 11, end: 17 } },
  { role: "target/victim", start: 44, end: 72, goldRole: "target", head: { start: 62, end: 72 } },
  { role: "place", start: 76, end: 81, goldRole: "place" },
];
const CLASSES: RoleClass[] = ["attacker", "target/victim", "instrument", "place"];

function score(gold: Argument[], predicted: Argument[], rule: MatchRule = HEAD_RULE) {
  const counts = new Map<RoleClass, ArgumentCounts>();
  countMatches(gold, predicted, rule, counts);
  return summariseMatches(counts, CLASSES, rule.name);
}

describe("argument matching", () => {
  it("a perfect prediction scores 1 under both rules", () => {
    assert.equal(score(GOLD, GOLD).micro.f1, 1);
    assert.equal(score(GOLD, GOLD, EXACT_RULE).micro.f1, 1);
  });

  it("no prediction scores recall 0 (and no precision)", () => {
    const { micro } = score(GOLD, []);
    assert.equal(micro.recall, 0);
    assert.equal(micro.precision, null);
  });

  it("head rule: a wider span holding the head counts, one missing it does not; exact rule wants the span", () => {
    const predicted: Argument[] = [
      { role: "attacker", start: 0, end: 17 }, // "The United States": holds the head "States"
      { role: "target/victim", start: 44, end: 61 }, // "Kata'ib Hezbollah" without "facilities"
      { role: "instrument", start: 30, end: 40 }, // nothing there in gold
    ];
    const head = score(GOLD, predicted).micro;
    assert.deepEqual([head.tp, head.fp, head.fn], [1, 2, 2]);
    const exact = score(GOLD, predicted, EXACT_RULE).micro;
    assert.deepEqual([exact.tp, exact.fp, exact.fn], [0, 3, 3]);
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

describe("arguments within their event", () => {
  const goldEvent: ArgumentEvent = { triggers: [{ start: 30, end: 40 }], arguments: GOLD };
  const count = (gold: ArgumentEvent[], predicted: ArgumentEvent[]) => {
    const counts = new Map<RoleClass, ArgumentCounts>();
    countEventArguments(gold, predicted, HEAD_RULE, counts);
    return summariseMatches(counts, CLASSES, "").micro;
  };

  it("aligns by trigger first, then by a shared argument, one-to-one", () => {
    const byTrigger: ArgumentEvent = { triggers: [{ start: 30, end: 40 }], arguments: [] };
    const byArgument: ArgumentEvent = {
      triggers: [{ start: 90, end: 95 }],
      arguments: [{ role: "place", start: 76, end: 81 }],
    };
    assert.deepEqual(alignEvents([goldEvent], [byArgument, byTrigger], HEAD_RULE), [1]);
    assert.deepEqual(alignEvents([goldEvent], [byArgument], HEAD_RULE), [0]);
    assert.deepEqual(
      alignEvents([goldEvent], [{ triggers: [{ start: 90, end: 95 }], arguments: [] }], HEAD_RULE),
      [-1],
    );
  });

  it("an argument of an event that is not the gold's own is a false positive, and the gold one a miss", () => {
    const aligned: ArgumentEvent = { triggers: [{ start: 30, end: 40 }], arguments: [GOLD[2]] };
    const other: ArgumentEvent = {
      triggers: [{ start: 100, end: 110 }],
      arguments: [{ role: "attacker", start: 4, end: 17 }],
    };
    const micro = count([goldEvent], [aligned, other]);
    // Place found in the aligned event; the attacker sits in another event: fp 1, and attacker + target missed.
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 1, 2]);
  });

  it("a window with no gold event charges every predicted argument", () => {
    const micro = count([], [{ triggers: [{ start: 30, end: 40 }], arguments: GOLD }]);
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [0, 3, 0]);
  });
});
