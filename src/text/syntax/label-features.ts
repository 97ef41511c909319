// The arc labeller's features for one word, read off the finished (unlabelled) tree: the word and its
// head (forms, tags, a suffix), direction and distance, the grandparent, the word's own children and its
// siblings. Children and siblings carry most of the signal: "by" under a noun (obl:agent), "was" beside a
// participle's subject (nsubj:pass), "to" before a verb (xcomp or advcl).
import { hashFeature } from "./hash-feature.js";

export const LABEL_FEATURE_COUNT = 44;
const MAX_NEIGHBOURS = 6;
const NONE = 96;

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
  const [dw, dt, hw, ht] = [words[d], tags[d], words[h], tags[h]];
  const dir = d < h ? 1 : 2;
  const distance = Math.min(Math.abs(h - d), 6);
  const gt = h === 0 ? NONE : tags[heads[h]];
  let k = 0;
  out[k++] = hashFeature(1, dw);
  out[k++] = hashFeature(2, dt);
  out[k++] = hashFeature(3, dw, dt);
  out[k++] = hashFeature(4, hw);
  out[k++] = hashFeature(5, ht, dir);
  out[k++] = hashFeature(6, hw, ht);
  out[k++] = hashFeature(7, dt, ht);
  out[k++] = hashFeature(8, dt, ht, dir);
  out[k++] = hashFeature(9, dt, ht, dir * 8 + distance);
  out[k++] = hashFeature(10, dw, ht, dir);
  out[k++] = hashFeature(11, dt, hw, dir);
  out[k++] = hashFeature(12, dw, hw);
  out[k++] = hashFeature(13, gt, ht, dt);
  out[k++] = hashFeature(14, suffixes[h], dt, dir);
  out[k++] = hashFeature(15, suffixes[d], dt);
  out[k++] = hashFeature(16, dt, tagAt(tags, n, d - 1));
  out[k++] = hashFeature(17, dt, tagAt(tags, n, d + 1));
  out[k++] = hashFeature(18, dt, d === 1 ? 1 : 0, dir);
  const siblings = children[h];
  let before = 0;
  for (const s of siblings) if ((s < d && s > h) || (s > d && s < h)) before++;
  out[k++] = hashFeature(19, dt, ht, dir * 8 + Math.min(before, 3));
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
