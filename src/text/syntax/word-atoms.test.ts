import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shapeOf } from "./word-atoms.js";

describe("shapeOf", () => {
  it("collapses letter classes, keeps punctuation, handles non-ASCII letters", () => {
    assert.equal(shapeOf("Baghdad"), "Xx");
    assert.equal(shapeOf("AK-47"), "X-d");
    assert.equal(shapeOf("3.5"), "d.d");
    assert.equal(shapeOf("Émile"), "Xx");
  });
});
