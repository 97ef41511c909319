import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeEisner } from "./eisner.js";

/** Scores from a list of favoured arcs [dependent, head, score]; every other arc scores -5. */
function scoresOf(size: number, arcs: [number, number, number][]): Float64Array {
  const scores = new Float64Array(size * size).fill(-5);
  for (const [m, h, s] of arcs) scores[m * size + h] = s;
  return scores;
}

describe("decodeEisner", () => {
  it("eisner: follows the best arcs when they form a projective tree", () => {
    // "troops shelled the town": shelled ← root, troops → shelled, town → shelled, the → town
    const heads = decodeEisner(
      scoresOf(5, [
        [2, 0, 0],
        [1, 2, 0],
        [4, 2, 0],
        [3, 4, 0],
      ]),
      5,
    );
    assert.deepEqual([...heads], [0, 2, 0, 4, 2]);
  });

  it("eisner: attaches exactly one word to the root even when two prefer it", () => {
    const heads = decodeEisner(
      scoresOf(4, [
        [1, 0, 0],
        [2, 0, -0.1],
        [3, 2, 0],
        [2, 1, -1],
      ]),
      4,
    );
    assert.equal([...heads].slice(1).filter((h) => h === 0).length, 1);
    assert.deepEqual([...heads], [0, 0, 1, 2]);
  });

  it("eisner: breaks a cycle of favoured arcs into the best tree", () => {
    // 1 and 2 each prefer the other as head; 1's root arc is the better way out
    const heads = decodeEisner(
      scoresOf(3, [
        [1, 2, 0],
        [2, 1, 0],
        [1, 0, -1],
        [2, 0, -2],
      ]),
      3,
    );
    assert.deepEqual([...heads], [0, 0, 1]);
  });

  it("eisner: a one-word sentence hangs on the root", () => {
    assert.deepEqual([...decodeEisner(scoresOf(2, []), 2)], [0, 0]);
  });
});
