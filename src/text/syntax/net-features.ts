// The feed-forward transition scorer's inputs (Chen & Manning 2014, adapted to arc-hybrid, without arc
// labels since arcs are labelled in a second pass): the word and the tag at 20 places around the stack's
// top and the buffer's front, then two distance buckets. Each input is an index into its own embedding
// table: words (0 none, 1 unknown, 2 the root, then the vocabulary), tags (0 none, 1 the root, then UPOS)
// and distances.
import { LEFT1, LEFT2, type ParseState, RIGHT1, RIGHT2, wordFact } from "./arc-hybrid.js";

export const NET_PLACES = 20;
export const NET_DISTANCES = 2;
export const NET_INPUTS = 2 * NET_PLACES + NET_DISTANCES;
export const DISTANCE_BUCKETS = 8;
export const NO_WORD = 0;
export const UNKNOWN_WORD = 1;
export const ROOT_WORD_ID = 2;
export const NO_TAG = 0;
export const ROOT_TAG_ID = 1;

/** A sentence as the net reads it: vocabulary ids and tag ids of words 0..n (0 the root). */
export type NetAtoms = { words: Int32Array; tags: Int32Array };

/** Fills `out` (NET_INPUTS long): word ids of the places, their tag ids, then the distance buckets. */
export function fillNetInputs(state: ParseState, atoms: NetAtoms, places: Int32Array, out: Int32Array): void {
  findPlaces(state, places);
  for (let k = 0; k < NET_PLACES; k++) {
    const i = places[k];
    out[k] = i < 0 ? NO_WORD : atoms.words[i];
    out[NET_PLACES + k] = i < 0 ? NO_TAG : atoms.tags[i];
  }
  const s0 = places[0];
  const s1 = places[1];
  const b0 = places[3];
  out[2 * NET_PLACES] = b0 < 0 || s0 <= 0 ? 0 : Math.min(b0 - s0, DISTANCE_BUCKETS - 1);
  out[2 * NET_PLACES + 1] = s1 <= 0 || s0 <= 0 ? 0 : Math.min(s0 - s1, DISTANCE_BUCKETS - 1);
}

/**
 * Word indexes (-1 for none) of s0 s1 s2 b0 b1 b2; the two leftmost and two rightmost children of s0 and s1;
 * the two leftmost of b0 (its only children in arc-hybrid); the outermost grandchildren s0.l1.l1, s0.r1.r1,
 * s1.r1.r1 and b0.l1.l1.
 */
function findPlaces(state: ParseState, out: Int32Array): void {
  const { data: stack, depth, front, n } = state;
  const s0 = stack[depth - 1];
  const s1 = depth >= 2 ? stack[depth - 2] : -1;
  out[0] = s0;
  out[1] = s1;
  out[2] = depth >= 3 ? stack[depth - 3] : -1;
  out[3] = front <= n ? front : -1;
  out[4] = front + 1 <= n ? front + 1 : -1;
  out[5] = front + 2 <= n ? front + 2 : -1;
  out[6] = childOf(state, LEFT1, s0);
  out[7] = childOf(state, LEFT2, s0);
  out[8] = childOf(state, RIGHT1, s0);
  out[9] = childOf(state, RIGHT2, s0);
  out[10] = childOf(state, LEFT1, s1);
  out[11] = childOf(state, LEFT2, s1);
  out[12] = childOf(state, RIGHT1, s1);
  out[13] = childOf(state, RIGHT2, s1);
  out[14] = childOf(state, LEFT1, out[3]);
  out[15] = childOf(state, LEFT2, out[3]);
  out[16] = childOf(state, LEFT1, out[6]);
  out[17] = childOf(state, RIGHT1, out[8]);
  out[18] = childOf(state, RIGHT1, out[12]);
  out[19] = childOf(state, LEFT1, out[14]);
}

/** A child of word i (field LEFT1 ... RIGHT2), -1 when it has none or i is none. */
function childOf(state: ParseState, field: number, i: number): number {
  if (i < 0 || i > state.n) return -1;
  const child = wordFact(state, field, i);
  return child === 0 ? -1 : child;
}
