import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  applyTransition,
  costOf,
  createParseState,
  headsOf,
  isLegal,
  isTerminal,
  LEFT,
  RIGHT,
  SHIFT,
  TRANSITIONS,
} from "./arc-hybrid.js";

/** Follows the cheapest legal transition (the dynamic oracle) from the start. */
function parseByOracle(gold: Int32Array): Int32Array {
  const state = createParseState(gold.length - 1);
  while (!isTerminal(state)) {
    const costs = Array.from({ length: TRANSITIONS }, (_, t) =>
      isLegal(state, t) ? costOf(state, t, gold) : Infinity,
    );
    applyTransition(state, costs.indexOf(Math.min(...costs)));
  }
  return headsOf(state);
}

describe("arc-hybrid", () => {
  it("the oracle rebuilds projective trees exactly, with one root word", () => {
    for (const heads of [
      [0, 2, 0, 2],
      [0, 0, 1, 2, 3],
      [0, 4, 4, 4, 0, 4, 7, 5, 4],
      [0, 3, 3, 0, 6, 6, 3, 3],
    ]) {
      const gold = Int32Array.from(heads);
      assert.deepEqual([...parseByOracle(gold)].slice(1), heads.slice(1));
    }
  });

  it("attaching to the root is legal only for the last word left", () => {
    const state = createParseState(2);
    applyTransition(state, SHIFT);
    assert.equal(isLegal(state, RIGHT), false);
    assert.equal(isLegal(state, LEFT), true);
  });

  it("a wrong arc costs the gold arcs it makes unreachable", () => {
    const gold = Int32Array.from([0, 2, 0]); // word 1 hangs from word 2
    const state = createParseState(2);
    applyTransition(state, SHIFT);
    assert.equal(costOf(state, LEFT, gold), 0);
    assert.equal(costOf(state, SHIFT, gold), 1);
  });
});
