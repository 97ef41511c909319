import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addScores, createPerceptron } from "./averaged-perceptron.js";
import { decodeWeights, encodeWeights } from "./weights-file.js";

describe("weights file", () => {
  it("round-trips meta and weights as int16 in units of the largest weight / 32767, dropping zero rows", () => {
    const model = createPerceptron(3, 4, false);
    model.weights.set([1.5, -2, 0.25], 3 * 5);
    model.weights.set([0, 0, 7], 3 * 9);
    const file = encodeWeights({ tags: ["A", "B"] }, { demo: model });
    const { meta, tables } = decodeWeights(file);
    assert.deepEqual(meta, { tags: ["A", "B"] });
    const back = tables.demo;
    assert.equal(back.classes, 3);
    assert.equal(back.bits, 4);
    const scale = 7 / 32767; // the largest weight maps to 32767
    const scores = new Float64Array(3);
    for (let row = 0; row < 16; row++) {
      scores.fill(0);
      addScores(back, [row], 1, scores);
      for (let c = 0; c < 3; c++) assert.ok(Math.abs(scores[c] * scale - model.weights[row * 3 + c]) < scale);
    }
  });

  it("negative case: rejects a file that is not a weights file", async () => {
    const { gzipSync } = await import("node:zlib");
    assert.throws(() => decodeWeights(gzipSync(Buffer.from("nope nope"))), /bad magic/);
  });
});
