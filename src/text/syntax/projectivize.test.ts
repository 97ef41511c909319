import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { projectivize } from "./projectivize.js";

describe("projectivize", () => {
  it("leaves a projective tree alone", () => {
    const heads = Int32Array.from([0, 2, 0, 2]);
    assert.deepEqual([...projectivize(heads)], [0, 2, 0, 2]);
  });

  it("lifts a crossing arc to the head's head", () => {
    // 1 <- 3, and 2's head 4 crosses the arc 3 -> 1 ... word 2 lies inside 1..3 but hangs from 4.
    const heads = Int32Array.from([0, 3, 4, 0, 3]);
    const lifted = projectivize(heads);
    assert.deepEqual([...lifted], [0, 3, 3, 0, 3]);
  });
});
