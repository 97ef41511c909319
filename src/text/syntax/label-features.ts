// The arc labeller's features for one word, read off the finished (unlabelled) tree: the word and its
// head (forms, tags, a suffix), direction and distance, the grandparent, the word's own children and its
// siblings. Children and siblings carry most of the signal: "by" under a noun (obl:agent), "was" beside a
// participle's subject (nsubj:pass), "to" before a verb (xcomp or advcl).
import { hashFeature, hashFeatureTable, makeFeatureTable } from "./hash-feature.js";

export const LABEL_FEATURE_COUNT = 44;
const MAX_NEIGHBOURS = 6;
const NONE = 96;

// The slots of one arc's values (d the word, h its head; W its word, T its tag, S its suffix; P and N the words
// before and after d). Slot 0 stays 0: a feature's unused atoms.
const [, DW, DT, HW, HT, DIR, DIR_DISTANCE, GT, HS, DS, PT, NT, IS_FIRST, DIR_BEFORE] = Array.from(
  { length: 14 },
  (_, slot) => slot,
);

/** Feature template i + 1 combines the values of the i-th slots (hashFeatureTable); 20-23 are the neighbours'. */
const FEATURES = makeFeatureTable(
  [
    [DW],
    [DT],
    [DW, DT],
    [HW],
    [HT, DIR],
    [HW, HT],
    [DT, HT],
    [DT, HT, DIR],
    [DT, HT, DIR_DISTANCE],
    [DW, HT, DIR],
    [DT, HW, DIR],
    [DW, HW],
    [GT, HT, DT],
    [HS, DT, DIR],
    [DS, DT],
    [DT, PT],
    [DT, NT],
    [DT, IS_FIRST, DIR],
    [DT, HT, DIR_BEFORE],
  ],
  1,
);

// Scratch for one arc's values: filled and read within one fillLabelFeatures call.
const VALUES = new Int32Array(14);

/** Per word 0..n (0 the root): lower-cased form hash, tag, two-letter suffix hash. */
export type LabelAtoms = { words: Int32Array; tags: Int32Array; suffixes: Int32Array };

/** Children of every word in order, from a heads array (index 0 unused). */
export function listChildren(heads: ArrayLike<number>): number[][] {
  const children: number[][] = Array.from({ length: heads.length }, () => []);
  for (let d = 1; d < heads.length; d++) children[heads[d]].push(d);
  return children;
}

export function fillLabelFeatures(
  atoms: LabelAtoms,
  heads: ArrayLike<number>,
  children: number[][],
  d: number,
  out: Int32Array,
): number {
  const n = heads.length - 1;
  const h = heads[d];
  const { words, tags, suffixes } = atoms;
  const v = VALUES;
  v[DW] = words[d];
  v[DT] = tags[d];
  v[HW] = words[h];
  v[HT] = tags[h];
  const dir = d < h ? 1 : 2;
  v[DIR] = dir;
  v[DIR_DISTANCE] = dir * 8 + Math.min(Math.abs(h - d), 6);
  v[GT] = h === 0 ? NONE : tags[heads[h]];
  v[HS] = suffixes[h];
  v[DS] = suffixes[d];
  v[PT] = tagAt(tags, n, d - 1);
  v[NT] = tagAt(tags, n, d + 1);
  v[IS_FIRST] = d === 1 ? 1 : 0;
  const siblings = children[h];
  let before = 0;
  for (const s of siblings) if ((s < d && s > h) || (s > d && s < h)) before++;
  v[DIR_BEFORE] = dir * 8 + Math.min(before, 3);
  let k = hashFeatureTable(FEATURES, v, out);
  k = fillNeighbours(20, children[d], d, atoms, out, k);
  k = fillNeighbours(22, siblings, d, atoms, out, k);
  return k;
}

/** Up to MAX_NEIGHBOURS nearest of `others` (children or siblings of d): their word and their tag, with d's tag. */
function fillNeighbours(
  template: number,
  others: readonly number[],
  d: number,
  atoms: LabelAtoms,
  out: Int32Array,
  k: number,
): number {
  const dt = atoms.tags[d];
  let added = 0;
  for (const o of others) {
    if (o === d || added === MAX_NEIGHBOURS) continue;
    const side = o < d ? 1 : 2;
    out[k++] = hashFeature(template, dt, atoms.words[o], side);
    out[k++] = hashFeature(template + 1, dt, atoms.tags[o], side);
    added++;
  }
  return k;
}

/** Tag of word i, or NONE outside the sentence (module-level: a closure per call costs under tsx's keepNames). */
function tagAt(tags: ArrayLike<number>, n: number, i: number): number {
  return i < 1 || i > n ? NONE : tags[i];
}
