// Dozat & Manning's (2017) biaffine scorers over the encoder's states: arc scores for every (word, head)
// pair, then, once the tree is decoded, the relation of each word to its chosen head; and the joint UPOS head.
import { dot, leakyRelu, projectRows } from "./biaffine-math.js";

export type Linear = { weights: Float32Array; bias: Float32Array; outDim: number };
export type BiaffineScorer = {
  arcDep: Linear;
  arcHead: Linear;
  /** arcs[i][j] = arcDep_i · (arcU · arcHead_j) + arcHead_j · arcHeadBias */
  arcU: Float32Array;
  arcHeadBias: Float32Array;
  relDep: Linear;
  relHead: Linear;
  /** relations x relDims x relDims, then a linear layer over [relDep; relHead]. */
  relU: Float32Array;
  relLinear: Linear;
  upos: Linear;
};

function applyLinear(x: Float32Array, rows: number, layer: Linear): Float32Array {
  return projectRows(x, rows, x.length / rows, layer.weights, layer.bias, layer.outDim);
}

/** log P(head of m is h) at [m * size + h]; row 0 (the root) and h = m stay -Infinity. */
export function scoreArcs(states: Float32Array, size: number, scorer: BiaffineScorer): Float64Array {
  const dims = scorer.arcDep.outDim;
  const dep = leakyRelu(applyLinear(states, size, scorer.arcDep));
  const head = leakyRelu(applyLinear(states, size, scorer.arcHead));
  const mapped = projectRows(head, size, dims, scorer.arcU, undefined, dims);
  const headBias = new Float64Array(size);
  for (let h = 0; h < size; h++) headBias[h] = dot(head, h * dims, scorer.arcHeadBias, 0, dims);
  const scores = new Float64Array(size * size).fill(Number.NEGATIVE_INFINITY);
  for (let m = 1; m < size; m++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let h = 0; h < size; h++) {
      if (h === m) continue;
      const s = dot(dep, m * dims, mapped, h * dims, dims) + headBias[h];
      scores[m * size + h] = s;
      if (s > max) max = s;
    }
    let total = 0;
    for (let h = 0; h < size; h++) if (h !== m) total += Math.exp(scores[m * size + h] - max);
    const logTotal = max + Math.log(total);
    for (let h = 0; h < size; h++) if (h !== m) scores[m * size + h] -= logTotal;
  }
  return scores;
}

/** The best relation id of each word to its head (index 0, the root, left 0). */
export function labelHeads(states: Float32Array, heads: Int32Array, scorer: BiaffineScorer): Int32Array {
  const size = heads.length;
  const dims = scorer.relDep.outDim;
  const dep = leakyRelu(applyLinear(states, size, scorer.relDep));
  const head = leakyRelu(applyLinear(states, size, scorer.relHead));
  const relations = scorer.relLinear.outDim;
  const labels = new Int32Array(size);
  const pair = new Float32Array(2 * dims);
  for (let m = 1; m < size; m++) {
    pair.set(dep.subarray(m * dims, (m + 1) * dims), 0);
    pair.set(head.subarray(heads[m] * dims, (heads[m] + 1) * dims), dims);
    let best = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < relations; l++) {
      let s = scorer.relLinear.bias[l] + dot(scorer.relLinear.weights, l * 2 * dims, pair, 0, 2 * dims);
      for (let d = 0; d < dims; d++) s += pair[d] * dot(scorer.relU, (l * dims + d) * dims, pair, dims, dims);
      if (s > best) [best, labels[m]] = [s, l];
    }
  }
  return labels;
}

/** The joint UPOS head's best tag id per word (index 0, the root, left 0). */
export function tagByStates(states: Float32Array, size: number, scorer: BiaffineScorer): Int32Array {
  const scores = applyLinear(states, size, scorer.upos);
  const tags = new Int32Array(size);
  const n = scorer.upos.outDim;
  for (let t = 1; t < size; t++) {
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) if (scores[t * n + k] > best) [best, tags[t]] = [scores[t * n + k], k];
  }
  return tags;
}
