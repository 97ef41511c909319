import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addPackedScores, packRows } from "./packed-rows.js";

/** A seeded dense int16 table with most rows zero, and its non-zero rows as a weights file stores them. */
function makeTable(classes: number, bits: number, seed: number) {
  const dense = new Int16Array(classes << bits);
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let row = 0; row < 1 << bits; row++) {
    if (random() < 0.7) continue;
    for (let c = 0; c < classes; c++)
      if (random() < 0.3) dense[row * classes + c] = Math.round((random() - 0.5) * 65534);
  }
  const rows: number[] = [];
  for (let row = 0; row < 1 << bits; row++)
    if (dense.subarray(row * classes, (row + 1) * classes).some((v) => v)) rows.push(row);
  const values = new Int16Array(rows.length * classes);
  rows.forEach((row, r) => values.set(dense.subarray(row * classes, (row + 1) * classes), r * classes));
  return { dense, rows: new Uint32Array(rows), values };
}

describe("packed rows", () => {
  for (const classes of [3, 51]) {
    it(`score every row (hashes beyond the table wrap) exactly as the dense table, ${classes} classes`, () => {
      const bits = 9;
      const { dense, rows, values } = makeTable(classes, bits, classes);
      const packed = packRows(classes, bits, rows, values);
      const features = [0, 1, 31, 32, 33, 63, 64, 511, 512 + 7, -1, 0x7fffffff, 300, 300];
      for (let f = 0; f < features.length; f++) {
        const got = new Float64Array(classes);
        addPackedScores(packed, classes, bits, features, f + 1, got);
        const want = new Float64Array(classes);
        for (const feature of features.slice(0, f + 1)) {
          const row = feature & ((1 << bits) - 1);
          for (let c = 0; c < classes; c++) want[c] += dense[row * classes + c];
        }
        assert.deepEqual([...got], [...want]);
      }
    });
  }

  it("negative case: rejects rows out of order and more classes than 8 bits hold", () => {
    assert.throws(() => packRows(3, 4, new Uint32Array([5, 2]), new Int16Array(6)), /ascending/);
    assert.throws(() => packRows(300, 4, new Uint32Array([]), new Int16Array(0)), /8 bits/);
  });
});
