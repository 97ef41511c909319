import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scoreLabels } from "./score-labels.js";

describe("scoreLabels", () => {
  it("a perfect prediction scores 1 everywhere", () => {
    const s = scoreLabels([
      { gold: "A", predicted: "A" },
      { gold: "NONE", predicted: "NONE" },
    ]);
    assert.equal(s.microF1, 1);
    assert.equal(s.macroF1, 1);
    assert.equal(s.microF1Without, 1);
  });
  it("predicting nothing (NONE) for event items scores 0", () => {
    const s = scoreLabels([
      { gold: "A", predicted: "NONE" },
      { gold: "B", predicted: "NONE" },
    ]);
    assert.equal(s.microF1, 0);
    assert.equal(s.microF1Without, null, "no prediction other than NONE: precision undefined");
  });
  it("a hand-checked partial case", () => {
    // A→A right, A→B wrong, B→NONE missed, NONE→A false alarm.
    const s = scoreLabels([
      { gold: "A", predicted: "A" },
      { gold: "A", predicted: "B" },
      { gold: "B", predicted: "NONE" },
      { gold: "NONE", predicted: "A" },
    ]);
    assert.equal(s.accuracy, 0.25);
    const a = s.perLabel.find((l) => l.field === "A")!;
    assert.deepEqual([a.tp, a.fp, a.fn, a.precision, a.recall], [1, 1, 1, 0.5, 0.5]);
    // Without NONE as a class: tp 1, fp 2 (A for NONE, B for A), fn 2 (A, B) → P 1/3, R 1/3.
    assert.ok(Math.abs(s.microF1Without! - 1 / 3) < 1e-12);
    // Macro over A (0.5), B (0), NONE (0).
    assert.ok(Math.abs(s.macroF1! - 0.5 / 3) < 1e-12);
  });
});
