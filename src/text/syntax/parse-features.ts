// The transition classifier's features: Zhang & Nivre (2011)'s rich non-local set adapted to arc-hybrid
// (s1 plays the part of s0's head), over the stack's top three, the buffer's first three, their leftmost
// and rightmost children, valencies and the s0-b0 distance. Words are lower-cased form hashes, tags UPOS.

import { LEFT_COUNT, LEFT1, LEFT2, type ParseState, RIGHT_COUNT, RIGHT1, RIGHT2, wordFact } from "./arc-hybrid.js";
import { hashFeature, mixHash } from "./hash-feature.js";

export const PARSE_FEATURE_COUNT = 72;
const NONE_WORD = 0x5bd1e995;
const NONE_TAG = 98;

/** The sentence's atoms, index 0 being the root. */
export type ParseAtoms = { words: Int32Array; tags: Int32Array };

export function fillParseFeatures(state: ParseState, atoms: ParseAtoms, out: Int32Array): number {
  const { data: stack, depth, front, n } = state;
  const s0 = stack[depth - 1];
  const s1 = depth >= 2 ? stack[depth - 2] : -1;
  const s2 = depth >= 3 ? stack[depth - 3] : -1;
  const b0 = front <= n ? front : -1;
  const s0w = wordAt(atoms, n, s0);
  const s0t = tagAt(atoms, n, s0);
  const s1w = wordAt(atoms, n, s1);
  const s1t = tagAt(atoms, n, s1);
  const s2t = tagAt(atoms, n, s2);
  const b0w = wordAt(atoms, n, b0);
  const b0t = tagAt(atoms, n, b0);
  const b1w = wordAt(atoms, n, front + 1);
  const b1t = tagAt(atoms, n, front + 1);
  const b2w = wordAt(atoms, n, front + 2);
  const b2t = tagAt(atoms, n, front + 2);
  const s0wt = mixHash(s0w, s0t);
  const b0wt = mixHash(b0w, b0t);
  const s0l1 = childOf(state, LEFT1, s0);
  const s0l2 = childOf(state, LEFT2, s0);
  const s0r1 = childOf(state, RIGHT1, s0);
  const s0r2 = childOf(state, RIGHT2, s0);
  const b0l1 = childOf(state, LEFT1, b0);
  const b0l2 = childOf(state, LEFT2, b0);
  const s1r1 = childOf(state, RIGHT1, s1);
  const s1r2 = childOf(state, RIGHT2, s1);
  const s1l1 = childOf(state, LEFT1, s1);
  const distance = b0 < 0 || s0 === 0 ? 0 : Math.min(b0 - s0, 5);
  const stackDistance = s1 < 1 ? 0 : Math.min(s0 - s1, 5);
  const s0Right = s0 > 0 ? wordFact(state, RIGHT_COUNT, s0) : 0;
  const s0Left = s0 > 0 ? wordFact(state, LEFT_COUNT, s0) : 0;
  const b0Left = b0 > 0 ? wordFact(state, LEFT_COUNT, b0) : 0;
  const s1Right = s1 > 0 ? wordFact(state, RIGHT_COUNT, s1) : 0;
  let k = 0;
  out[k++] = hashFeature(0, 0);
  out[k++] = hashFeature(1, s0w);
  out[k++] = hashFeature(2, s0t);
  out[k++] = hashFeature(3, s0wt);
  out[k++] = hashFeature(4, b0w);
  out[k++] = hashFeature(5, b0t);
  out[k++] = hashFeature(6, b0wt);
  out[k++] = hashFeature(7, b1w);
  out[k++] = hashFeature(8, b1t);
  out[k++] = hashFeature(9, b1w, b1t);
  out[k++] = hashFeature(10, b2w);
  out[k++] = hashFeature(11, b2t);
  out[k++] = hashFeature(12, b2w, b2t);
  out[k++] = hashFeature(13, s1w);
  out[k++] = hashFeature(14, s1t);
  out[k++] = hashFeature(15, s1w, s1t);
  out[k++] = hashFeature(16, s2t);
  out[k++] = hashFeature(17, s0wt, b0wt);
  out[k++] = hashFeature(18, s0wt, b0w);
  out[k++] = hashFeature(19, s0w, b0wt);
  out[k++] = hashFeature(20, s0wt, b0t);
  out[k++] = hashFeature(21, s0t, b0wt);
  out[k++] = hashFeature(22, s0w, b0w);
  out[k++] = hashFeature(23, s0t, b0t);
  out[k++] = hashFeature(24, b0t, b1t);
  out[k++] = hashFeature(25, s1w, s0w);
  out[k++] = hashFeature(26, s1t, s0t);
  out[k++] = hashFeature(27, s1w, s1t, s0t);
  out[k++] = hashFeature(28, s1t, s0wt);
  out[k++] = hashFeature(29, b0t, b1t, b2t);
  out[k++] = hashFeature(30, s0t, b0t, b1t);
  out[k++] = hashFeature(31, s1t, s0t, b0t);
  out[k++] = hashFeature(32, s2t, s1t, s0t);
  out[k++] = hashFeature(33, s0t, tagAt(atoms, n, s0l1), b0t);
  out[k++] = hashFeature(34, s0t, tagAt(atoms, n, s0r1), b0t);
  out[k++] = hashFeature(35, s0t, b0t, tagAt(atoms, n, b0l1));
  out[k++] = hashFeature(36, s1t, tagAt(atoms, n, s1r1), s0t);
  out[k++] = hashFeature(37, s1t, s0t, tagAt(atoms, n, s0l1));
  out[k++] = hashFeature(38, s0w, distance);
  out[k++] = hashFeature(39, s0t, distance);
  out[k++] = hashFeature(40, b0w, distance);
  out[k++] = hashFeature(41, b0t, distance);
  out[k++] = hashFeature(42, s0w, b0w, distance);
  out[k++] = hashFeature(43, s0t, b0t, distance);
  out[k++] = hashFeature(44, s0w, s0Right);
  out[k++] = hashFeature(45, s0t, s0Right);
  out[k++] = hashFeature(46, s0w, s0Left);
  out[k++] = hashFeature(47, s0t, s0Left);
  out[k++] = hashFeature(48, b0w, b0Left);
  out[k++] = hashFeature(49, b0t, b0Left);
  out[k++] = hashFeature(50, s1t, s1Right);
  out[k++] = hashFeature(51, wordAt(atoms, n, s0l1));
  out[k++] = hashFeature(52, tagAt(atoms, n, s0l1));
  out[k++] = hashFeature(53, wordAt(atoms, n, s0r1));
  out[k++] = hashFeature(54, tagAt(atoms, n, s0r1));
  out[k++] = hashFeature(55, wordAt(atoms, n, b0l1));
  out[k++] = hashFeature(56, tagAt(atoms, n, b0l1));
  out[k++] = hashFeature(57, wordAt(atoms, n, s0l2));
  out[k++] = hashFeature(58, tagAt(atoms, n, s0l2));
  out[k++] = hashFeature(59, wordAt(atoms, n, s0r2));
  out[k++] = hashFeature(60, tagAt(atoms, n, s0r2));
  out[k++] = hashFeature(61, wordAt(atoms, n, b0l2));
  out[k++] = hashFeature(62, tagAt(atoms, n, b0l2));
  out[k++] = hashFeature(63, wordAt(atoms, n, s1r1));
  out[k++] = hashFeature(64, tagAt(atoms, n, s1r1));
  out[k++] = hashFeature(65, tagAt(atoms, n, s1l1));
  out[k++] = hashFeature(66, s0t, tagAt(atoms, n, s0l1), tagAt(atoms, n, s0l2));
  out[k++] = hashFeature(67, s0t, tagAt(atoms, n, s0r1), tagAt(atoms, n, s0r2));
  out[k++] = hashFeature(68, b0t, tagAt(atoms, n, b0l1), tagAt(atoms, n, b0l2));
  out[k++] = hashFeature(69, s1t, tagAt(atoms, n, s1r1), tagAt(atoms, n, s1r2));
  out[k++] = hashFeature(70, s1t, s0t, stackDistance);
  out[k++] = hashFeature(71, s1w, s0w, stackDistance);
  return k;
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
