// The feed-forward transition scorer at run time: one ReLU hidden layer over the embeddings of
// net-features.ts's inputs, three transition scores out. Chen & Manning's precomputation: each input's
// share of the hidden layer (its embedding times its block of the hidden weights) is computed once when
// the model loads, for every tag, distance and the most frequent words, so a transition costs about
// NET_INPUTS x hidden additions; a rarer word's share is computed when first needed in a sentence.
// Id 0 (no word, no tag, distance 0) is common at the children's places, so its shares are folded into
// the bias and every other share is stored relative to it: an input with id 0 then costs nothing.
import { NET_INPUTS, NET_PLACES } from "./net-features.js";
import type { NetVocabulary } from "./net-vocabulary.js";

export type NetTables = {
  words: Float32Array;
  tags: Float32Array;
  distances: Float32Array;
  /** hidden x input width, row-major (as torch's Linear stores it). */
  hidden: Float32Array;
  hiddenBias: Float32Array;
  /** 3 x hidden. */
  out: Float32Array;
  outBias: Float32Array;
};
export type NetDims = { wordDims: number; tagDims: number; distanceDims: number; hidden: number };

export type NetScorer = {
  vocabulary: NetVocabulary;
  dims: NetDims;
  /** Per input, its precomputed shares of the hidden layer minus id 0's (id-major, `hidden` floats each). */
  shares: Float32Array[];
  /** Per input, id 0's share (subtracted from the shares of rarer words made at run time). */
  noneShares: Float32Array[];
  /** The hidden bias plus every input's id-0 share. */
  baseHidden: Float32Array;
  /** Word ids below this have precomputed shares. */
  precomputedWords: number;
  /** Input width x hidden: the hidden weights transposed, for the shares of rarer words. */
  hiddenByInput: Float32Array;
  words: Float32Array;
  out: Float32Array;
  outBias: Float32Array;
};

export function buildNetScorer(
  tables: NetTables,
  dims: NetDims,
  vocabulary: NetVocabulary,
  precomputedWords: number,
): NetScorer {
  const width = tables.hidden.length / dims.hidden;
  const hiddenByInput = transpose(tables.hidden, dims.hidden, width);
  const wordCount = Math.min(precomputedWords, tables.words.length / dims.wordDims);
  const shares: Float32Array[] = [];
  const noneShares: Float32Array[] = [];
  const baseHidden = Float32Array.from(tables.hiddenBias);
  for (let k = 0; k < NET_INPUTS; k++) {
    const { embeddings, dim, count } = tableOf(k, tables, dims, wordCount);
    const share = new Float32Array(Math.max(count, 1) * dims.hidden);
    for (let id = 0; id < count; id++)
      addShare(share, id * dims.hidden, embeddings, id * dim, dim, hiddenByInput, offsetOf(k, dims), dims.hidden);
    const none = new Float32Array(dims.hidden);
    addShare(none, 0, embeddings, 0, dim, hiddenByInput, offsetOf(k, dims), dims.hidden);
    for (let i = 0; i < share.length; i++) share[i] -= none[i % dims.hidden];
    for (let h = 0; h < dims.hidden; h++) baseHidden[h] += none[h];
    shares.push(share);
    noneShares.push(none);
  }
  const { words, out, outBias } = tables;
  return {
    vocabulary,
    dims,
    shares,
    noneShares,
    baseHidden,
    precomputedWords: wordCount,
    hiddenByInput,
    words,
    out,
    outBias,
  };
}

function tableOf(k: number, tables: NetTables, dims: NetDims, wordCount: number) {
  if (k < NET_PLACES) return { embeddings: tables.words, dim: dims.wordDims, count: wordCount };
  if (k < 2 * NET_PLACES)
    return { embeddings: tables.tags, dim: dims.tagDims, count: tables.tags.length / dims.tagDims };
  return { embeddings: tables.distances, dim: dims.distanceDims, count: tables.distances.length / dims.distanceDims };
}

/** Where input k's embedding starts in the hidden layer's input. */
export function offsetOf(k: number, dims: NetDims): number {
  if (k < NET_PLACES) return k * dims.wordDims;
  if (k < 2 * NET_PLACES) return NET_PLACES * dims.wordDims + (k - NET_PLACES) * dims.tagDims;
  return NET_PLACES * (dims.wordDims + dims.tagDims) + (k - 2 * NET_PLACES) * dims.distanceDims;
}

/** out[at..at+hidden) += embedding . (its block of the transposed hidden weights). */
export function addShare(
  out: Float32Array,
  at: number,
  embeddings: Float32Array,
  from: number,
  dim: number,
  hiddenByInput: Float32Array,
  offset: number,
  hidden: number,
): void {
  for (let j = 0; j < dim; j++) {
    const e = embeddings[from + j];
    const row = (offset + j) * hidden;
    for (let h = 0; h < hidden; h++) out[at + h] += e * hiddenByInput[row + h];
  }
}

function transpose(matrix: Float32Array, rows: number, columns: number): Float32Array {
  const out = new Float32Array(matrix.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) out[c * rows + r] = matrix[r * columns + c];
  return out;
}
