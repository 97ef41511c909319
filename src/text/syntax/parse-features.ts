// The transition classifier's features: Zhang & Nivre (2011)'s rich non-local set adapted to arc-hybrid
// (s1 plays the part of s0's head), over the stack's top three, the buffer's first three, their leftmost
// and rightmost children, valencies and the s0-b0 distance. Words are lower-cased form hashes, tags UPOS.
//
// Each feature is hashFeature(its number, up to three values), kept as a table of which values it combines:
// the values of a parser state are written once into slots, then every feature is hashed in one loop
// (hashFeatureTable). Seventy-two hashFeature calls in one function outgrew V8's inlining budget, and each
// call then boxed its 32-bit result as a heap number: 6% of the pipeline's allocations.

import { LEFT_COUNT, LEFT1, LEFT2, type ParseState, RIGHT_COUNT, RIGHT1, RIGHT2, wordFact } from "./arc-hybrid.js";
import { hashFeatureTable, makeFeatureTable, mixHash } from "./hash-feature.js";

export const PARSE_FEATURE_COUNT = 72;
const NONE_WORD = 0x5bd1e995;
const NONE_TAG = 98;

/** The sentence's atoms, index 0 being the root. */
export type ParseAtoms = { words: Int32Array; tags: Int32Array };

// The slots of a state's values: s0 is the stack's top, b0 the buffer's first; W a word, T a tag, L1/R1 the
// leftmost/rightmost child, L2/R2 the second. ZERO stays 0: a feature's unused atoms.
const [
  ZERO,
  S0W,
  S0T,
  S0WT,
  B0W,
  B0T,
  B0WT,
  B1W,
  B1T,
  B2W,
  B2T,
  S1W,
  S1T,
  S2T,
  S0L1T,
  S0R1T,
  B0L1T,
  S1R1T,
  DISTANCE,
  S0_RIGHT,
  S0_LEFT,
  B0_LEFT,
  S1_RIGHT,
  S0L1W,
  S0R1W,
  B0L1W,
  S0L2W,
  S0L2T,
  S0R2W,
  S0R2T,
  B0L2W,
  B0L2T,
  S1R1W,
  S1L1T,
  S1R2T,
  STACK_DISTANCE,
] = Array.from({ length: 36 }, (_, slot) => slot);

/** Feature number i (its template) combines the values of FEATURES[i]'s slots, in that order. */
const FEATURES = makeFeatureTable([
  [ZERO],
  [S0W],
  [S0T],
  [S0WT],
  [B0W],
  [B0T],
  [B0WT],
  [B1W],
  [B1T],
  [B1W, B1T],
  [B2W],
  [B2T],
  [B2W, B2T],
  [S1W],
  [S1T],
  [S1W, S1T],
  [S2T],
  [S0WT, B0WT],
  [S0WT, B0W],
  [S0W, B0WT],
  [S0WT, B0T],
  [S0T, B0WT],
  [S0W, B0W],
  [S0T, B0T],
  [B0T, B1T],
  [S1W, S0W],
  [S1T, S0T],
  [S1W, S1T, S0T],
  [S1T, S0WT],
  [B0T, B1T, B2T],
  [S0T, B0T, B1T],
  [S1T, S0T, B0T],
  [S2T, S1T, S0T],
  [S0T, S0L1T, B0T],
  [S0T, S0R1T, B0T],
  [S0T, B0T, B0L1T],
  [S1T, S1R1T, S0T],
  [S1T, S0T, S0L1T],
  [S0W, DISTANCE],
  [S0T, DISTANCE],
  [B0W, DISTANCE],
  [B0T, DISTANCE],
  [S0W, B0W, DISTANCE],
  [S0T, B0T, DISTANCE],
  [S0W, S0_RIGHT],
  [S0T, S0_RIGHT],
  [S0W, S0_LEFT],
  [S0T, S0_LEFT],
  [B0W, B0_LEFT],
  [B0T, B0_LEFT],
  [S1T, S1_RIGHT],
  [S0L1W],
  [S0L1T],
  [S0R1W],
  [S0R1T],
  [B0L1W],
  [B0L1T],
  [S0L2W],
  [S0L2T],
  [S0R2W],
  [S0R2T],
  [B0L2W],
  [B0L2T],
  [S1R1W],
  [S1R1T],
  [S1L1T],
  [S0T, S0L1T, S0L2T],
  [S0T, S0R1T, S0R2T],
  [B0T, B0L1T, B0L2T],
  [S1T, S1R1T, S1R2T],
  [S1T, S0T, STACK_DISTANCE],
  [S1W, S0W, STACK_DISTANCE],
]);

// Scratch for one state's values: filled and read within one fillParseFeatures call.
const VALUES = new Int32Array(36);

export function fillParseFeatures(state: ParseState, atoms: ParseAtoms, out: Int32Array): number {
  const { data: stack, depth, front, n } = state;
  const s0 = stack[depth - 1];
  const s1 = depth >= 2 ? stack[depth - 2] : -1;
  const s2 = depth >= 3 ? stack[depth - 3] : -1;
  const b0 = front <= n ? front : -1;
  const v = VALUES;
  v[S0W] = wordAt(atoms, n, s0);
  v[S0T] = tagAt(atoms, n, s0);
  v[S1W] = wordAt(atoms, n, s1);
  v[S1T] = tagAt(atoms, n, s1);
  v[S2T] = tagAt(atoms, n, s2);
  v[B0W] = wordAt(atoms, n, b0);
  v[B0T] = tagAt(atoms, n, b0);
  v[B1W] = wordAt(atoms, n, front + 1);
  v[B1T] = tagAt(atoms, n, front + 1);
  v[B2W] = wordAt(atoms, n, front + 2);
  v[B2T] = tagAt(atoms, n, front + 2);
  v[S0WT] = mixHash(v[S0W], v[S0T]);
  v[B0WT] = mixHash(v[B0W], v[B0T]);
  const s0l1 = childOf(state, LEFT1, s0);
  const s0l2 = childOf(state, LEFT2, s0);
  const s0r1 = childOf(state, RIGHT1, s0);
  const s0r2 = childOf(state, RIGHT2, s0);
  const b0l1 = childOf(state, LEFT1, b0);
  const b0l2 = childOf(state, LEFT2, b0);
  const s1r1 = childOf(state, RIGHT1, s1);
  const s1r2 = childOf(state, RIGHT2, s1);
  const s1l1 = childOf(state, LEFT1, s1);
  v[S0L1W] = wordAt(atoms, n, s0l1);
  v[S0L1T] = tagAt(atoms, n, s0l1);
  v[S0L2W] = wordAt(atoms, n, s0l2);
  v[S0L2T] = tagAt(atoms, n, s0l2);
  v[S0R1W] = wordAt(atoms, n, s0r1);
  v[S0R1T] = tagAt(atoms, n, s0r1);
  v[S0R2W] = wordAt(atoms, n, s0r2);
  v[S0R2T] = tagAt(atoms, n, s0r2);
  v[B0L1W] = wordAt(atoms, n, b0l1);
  v[B0L1T] = tagAt(atoms, n, b0l1);
  v[B0L2W] = wordAt(atoms, n, b0l2);
  v[B0L2T] = tagAt(atoms, n, b0l2);
  v[S1R1W] = wordAt(atoms, n, s1r1);
  v[S1R1T] = tagAt(atoms, n, s1r1);
  v[S1R2T] = tagAt(atoms, n, s1r2);
  v[S1L1T] = tagAt(atoms, n, s1l1);
  v[DISTANCE] = b0 < 0 || s0 === 0 ? 0 : Math.min(b0 - s0, 5);
  v[STACK_DISTANCE] = s1 < 1 ? 0 : Math.min(s0 - s1, 5);
  v[S0_RIGHT] = s0 > 0 ? wordFact(state, RIGHT_COUNT, s0) : 0;
  v[S0_LEFT] = s0 > 0 ? wordFact(state, LEFT_COUNT, s0) : 0;
  v[B0_LEFT] = b0 > 0 ? wordFact(state, LEFT_COUNT, b0) : 0;
  v[S1_RIGHT] = s1 > 0 ? wordFact(state, RIGHT_COUNT, s1) : 0;
  return hashFeatureTable(FEATURES, v, out);
}

function wordAt(atoms: ParseAtoms, n: number, i: number): number {
  return i < 0 || i > n ? NONE_WORD : atoms.words[i];
}

function tagAt(atoms: ParseAtoms, n: number, i: number): number {
  return i < 0 || i > n ? NONE_TAG : atoms.tags[i];
}

/** A child of word i (field LEFT1 ... RIGHT2), -1 when it has none (0 is never a child). */
function childOf(state: ParseState, field: number, i: number): number {
  if (i < 0 || i > state.n) return -1;
  const child = wordFact(state, field, i);
  return child === 0 ? -1 : child;
}
