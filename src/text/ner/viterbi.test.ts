import assert from "node:assert/strict";
import { test } from "node:test";
import { TAG_COUNT, TAGS } from "./tags.js";
import { decodeViterbi, maskTransitions } from "./viterbi.js";

test("viterbi: the best well-formed sequence wins over a better-scoring broken one", () => {
  // Token scores alone prefer O then I-PER (a chunk entered in the middle); B-PER L-PER is the best legal reading.
  const emissions = new Float64Array(2 * TAG_COUNT);
  emissions[TAGS.indexOf("O")] = 2;
  emissions[TAGS.indexOf("B-PER")] = 1.5;
  emissions[TAG_COUNT + TAGS.indexOf("I-PER")] = 3;
  emissions[TAG_COUNT + TAGS.indexOf("L-PER")] = 2.8;
  const transitions = new Float64Array((TAG_COUNT + 1) ** 2);
  const tags = decodeViterbi(emissions, 2, TAG_COUNT, maskTransitions(transitions, TAG_COUNT));
  assert.deepEqual(
    tags.map((t) => TAGS[t]),
    ["B-PER", "L-PER"],
  );
});

test("viterbi: an empty sentence decodes to no tags", () => {
  assert.deepEqual(
    decodeViterbi(
      new Float64Array(0),
      0,
      TAG_COUNT,
      maskTransitions(new Float64Array((TAG_COUNT + 1) ** 2), TAG_COUNT),
    ),
    [],
  );
});
