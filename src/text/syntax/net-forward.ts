// Scoring one parser state with the feed-forward net: the hidden layer is the bias plus each input's
// share relative to id 0's (precomputed, or computed once per sentence for rarer words), then ReLU and
// three dot products.
import { NET_INPUTS, NET_PLACES } from "./net-features.js";
import { addShare, type NetScorer, offsetOf } from "./net-scorer.js";

/** Scratch for one sentence: the hidden layer and the shares of rarer words met so far (by input and id). */
export type NetScratch = { hidden: Float32Array; rareShares: Map<number, Float32Array> };

export function createNetScratch(net: NetScorer): NetScratch {
  return { hidden: new Float32Array(net.dims.hidden), rareShares: new Map() };
}

/** Fills scores (3) for the state whose inputs are `inputs` (NET_INPUTS ids). */
export function scoreNetInputs(net: NetScorer, inputs: Int32Array, scratch: NetScratch, scores: Float64Array): void {
  const size = net.dims.hidden;
  const hidden = scratch.hidden;
  hidden.set(net.baseHidden);
  for (let k = 0; k < NET_INPUTS; k++) {
    const id = inputs[k];
    if (id === 0) continue; // its share is in baseHidden
    let share: Float32Array;
    let at: number;
    if (k < NET_PLACES && id >= net.precomputedWords) {
      share = rareShare(net, k, id, scratch);
      at = 0;
    } else {
      share = net.shares[k];
      at = id * size;
    }
    for (let h = 0; h < size; h++) hidden[h] += share[at + h];
  }
  for (let t = 0; t < 3; t++) {
    let score = net.outBias[t];
    const row = t * size;
    for (let h = 0; h < size; h++) {
      const value = hidden[h];
      if (value > 0) score += value * net.out[row + h];
    }
    scores[t] = score;
  }
}

function rareShare(net: NetScorer, k: number, id: number, scratch: NetScratch): Float32Array {
  const key = id * NET_PLACES + k;
  let share = scratch.rareShares.get(key);
  if (share === undefined) {
    const { wordDims, hidden } = net.dims;
    share = new Float32Array(hidden);
    addShare(share, 0, net.words, id * wordDims, wordDims, net.hiddenByInput, offsetOf(k, net.dims), hidden);
    const none = net.noneShares[k];
    for (let h = 0; h < hidden; h++) share[h] -= none[h];
    scratch.rareShares.set(key, share);
  }
  return share;
}
