import assert from "node:assert/strict";
import { test } from "node:test";
import { addFeatureScores, decodeNerModel, encodeNerModel, findRow } from "./ner-model.js";

test("ner model: weights survive the file format within 16-bit rounding", () => {
  const transitions = Array.from({ length: 9 }, (_, i) => i / 10);
  const model = decodeNerModel(
    encodeNerModel(
      2,
      [
        { hash: -294967296, tags: [0, 1], weights: [2.5, -1.25] },
        { hash: 7, tags: [1], weights: [0.5] },
      ],
      transitions,
    ),
  );
  const scores = new Float64Array(2);
  addFeatureScores(model, [-294967296, 7, 99], scores, 0);
  assert.ok(Math.abs(scores[0] - 2.5) < 1e-3 && Math.abs(scores[1] - -0.75) < 1e-3);
  assert.equal(findRow(model, 99), -1);
  assert.ok(Math.abs(model.transitions[8] - 0.8) < 1e-6);
});
