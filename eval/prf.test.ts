import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prf } from "./prf.js";

describe("prf", () => {
  it("a perfect prediction scores 1, an empty one 0 recall and no precision", () => {
    assert.deepEqual(prf(5, 0, 0), { precision: 1, recall: 1, f1: 1, tp: 5, fp: 0, fn: 0 });
    assert.deepEqual(prf(0, 0, 5), { precision: null, recall: 0, f1: null, tp: 0, fp: 0, fn: 5 });
  });
  it("a known partial case", () => {
    const { precision, recall, f1 } = prf(2, 2, 6);
    assert.equal(precision, 0.5);
    assert.equal(recall, 0.25);
    assert.ok(Math.abs(f1! - 1 / 3) < 1e-12);
  });
});
