import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../shuffle-seeded.js";
import { DISTANCE_BUCKETS, NET_INPUTS, NET_PLACES } from "./net-features.js";
import { createNetScratch, scoreNetInputs } from "./net-forward.js";
import { buildNetScorer, type NetDims, type NetTables, offsetOf } from "./net-scorer.js";

const dims: NetDims = { wordDims: 3, tagDims: 2, distanceDims: 2, hidden: 5 };
const WORDS = 9;
const TAGS = 4;

function randomTables(): NetTables {
  const random = seededRandom(7);
  const fill = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
  const width = offsetOf(NET_INPUTS, dims);
  return {
    words: fill(WORDS * dims.wordDims),
    tags: fill(TAGS * dims.tagDims),
    distances: fill(DISTANCE_BUCKETS * dims.distanceDims),
    hidden: fill(dims.hidden * width),
    hiddenBias: fill(dims.hidden),
    out: fill(3 * dims.hidden),
    outBias: fill(3),
  };
}

/** The textbook forward pass: concatenate the embeddings, multiply, ReLU, multiply. */
function scoreNaively(t: NetTables, inputs: Int32Array): number[] {
  const x: number[] = [];
  for (let k = 0; k < NET_INPUTS; k++) {
    const [table, dim] =
      k < NET_PLACES
        ? [t.words, dims.wordDims]
        : k < 2 * NET_PLACES
          ? [t.tags, dims.tagDims]
          : [t.distances, dims.distanceDims];
    for (let j = 0; j < dim; j++) x.push(table[inputs[k] * dim + j]);
  }
  const h = Array.from(t.hiddenBias, (b, r) =>
    Math.max(
      0,
      x.reduce((s, v, c) => s + v * t.hidden[r * x.length + c], b),
    ),
  );
  return [0, 1, 2].map((o) => h.reduce((s, v, r) => s + v * t.out[o * dims.hidden + r], t.outBias[o]));
}

describe("net scorer", () => {
  it("precomputed shares, and rarer words' shares made on demand, give the textbook scores", () => {
    const tables = randomTables();
    const random = seededRandom(11);
    const inputs = Int32Array.from({ length: NET_INPUTS }, (_, k) =>
      Math.floor(random() * (k < NET_PLACES ? WORDS : k < 2 * NET_PLACES ? TAGS : DISTANCE_BUCKETS)),
    );
    const expected = scoreNaively(tables, inputs);
    for (const precomputed of [WORDS, 4, 0]) {
      const net = buildNetScorer(tables, dims, new Map(), precomputed);
      const scores = new Float64Array(3);
      const scratch = createNetScratch(net);
      scoreNetInputs(net, inputs, scratch, scores);
      scoreNetInputs(net, inputs, scratch, scores); // the second time from the sentence's cache
      for (let t = 0; t < 3; t++)
        assert.ok(Math.abs(scores[t] - expected[t]) < 1e-4, `${precomputed}: ${scores[t]} vs ${expected[t]}`);
    }
  });
});
