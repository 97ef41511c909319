// The tagger's features for word i, given the tags already predicted to its left (greedy left to right).
// Classic averaged-perceptron tagger features (Collins 2002; Honnibal's "A good POS tagger in 200 lines"),
// plus the tag classes words had in training two to the right, which stand in for the right-hand tags
// a left-to-right tagger cannot see yet.
import { hashFeature } from "./hash-feature.js";
import { END_ATOMS, START_ATOMS, type WordAtoms } from "./word-atoms.js";

export const TAG_FEATURE_COUNT = 36;
const NO_TAG = 99;

export function fillTagFeatures(
  atoms: readonly WordAtoms[],
  tags: ArrayLike<number>,
  i: number,
  out: Int32Array,
): number {
  const w = atoms[i];
  const p1 = atoms[i - 1] ?? START_ATOMS;
  const p2 = atoms[i - 2] ?? START_ATOMS;
  const n1 = atoms[i + 1] ?? END_ATOMS;
  const n2 = atoms[i + 2] ?? END_ATOMS;
  const t1 = i > 0 ? tags[i - 1] : NO_TAG;
  const t2 = i > 1 ? tags[i - 2] : NO_TAG;
  let n = 0;
  out[n++] = hashFeature(1, 0);
  out[n++] = hashFeature(2, w.lower);
  out[n++] = hashFeature(3, w.suffixes[0]);
  out[n++] = hashFeature(4, w.suffixes[1]);
  out[n++] = hashFeature(5, w.suffixes[2]);
  out[n++] = hashFeature(6, w.suffixes[3]);
  out[n++] = hashFeature(7, w.prefixes[0]);
  out[n++] = hashFeature(8, w.prefixes[1]);
  out[n++] = hashFeature(9, w.prefixes[2]);
  out[n++] = hashFeature(10, w.shape);
  out[n++] = hashFeature(11, t1);
  out[n++] = hashFeature(12, t1, t2);
  out[n++] = hashFeature(13, t1, w.lower);
  out[n++] = hashFeature(14, p1.lower);
  out[n++] = hashFeature(15, p1.suffixes[2]);
  out[n++] = hashFeature(16, p2.lower);
  out[n++] = hashFeature(17, n1.lower);
  out[n++] = hashFeature(18, n1.suffixes[2]);
  out[n++] = hashFeature(19, n2.lower);
  out[n++] = hashFeature(20, w.ambiguity);
  out[n++] = hashFeature(21, n1.ambiguity);
  out[n++] = hashFeature(22, n2.ambiguity);
  out[n++] = hashFeature(23, t1, w.ambiguity);
  out[n++] = hashFeature(24, w.ambiguity, n1.ambiguity);
  out[n++] = hashFeature(25, w.form);
  out[n++] = hashFeature(26, i === 0 ? 1 : 0, w.shape);
  out[n++] = hashFeature(27, p1.lower, w.lower);
  out[n++] = hashFeature(28, w.lower, n1.lower);
  out[n++] = hashFeature(29, t1, n1.lower);
  out[n++] = hashFeature(30, t1, w.suffixes[2]);
  out[n++] = hashFeature(31, n1.shape);
  out[n++] = hashFeature(32, n1.suffixes[1]);
  out[n++] = hashFeature(33, t1, t2, w.ambiguity);
  out[n++] = hashFeature(34, p1.ambiguity, w.ambiguity, n1.ambiguity);
  out[n++] = hashFeature(35, w.shape, n1.shape);
  out[n++] = hashFeature(36, w.suffixes[2], n1.lower);
  return n;
}
