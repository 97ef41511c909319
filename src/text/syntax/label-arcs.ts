// Labelling a finished tree: each arc's relation from label-features.ts. A second pass rather than labelled
// transitions keeps the transition classifier at 3 classes (a small table, fast steps), and here both
// ends of every arc and all their children are known.
import { addScores, argmaxScore, type Perceptron } from "./averaged-perceptron.js";
import { hashString } from "./hash-feature.js";
import { fillLabelFeatures, LABEL_FEATURE_COUNT, type LabelAtoms, listChildren } from "./label-features.js";
import type { WordAtoms } from "./word-atoms.js";

const ROOT = hashString("<root>");

/** Atoms for words 1..n (index 0 the root) from the tagger's word atoms (lower-cased form, 2-letter suffix). */
export function findLabelAtoms(words: readonly WordAtoms[], tags: ArrayLike<number>): LabelAtoms {
  const size = words.length + 1;
  const atoms: LabelAtoms = { words: new Int32Array(size), tags: new Int32Array(size), suffixes: new Int32Array(size) };
  atoms.words[0] = ROOT;
  atoms.tags[0] = 97;
  atoms.suffixes[0] = ROOT;
  for (let i = 0; i < words.length; i++) {
    atoms.words[i + 1] = words[i].lower;
    atoms.tags[i + 1] = tags[i];
    atoms.suffixes[i + 1] = words[i].suffixes[1];
  }
  return atoms;
}

/** Label indexes for words 1..n (index 0 unused). */
export function labelArcs(atoms: LabelAtoms, heads: ArrayLike<number>, model: Perceptron): Int32Array {
  const labels = new Int32Array(heads.length);
  const children = listChildren(heads);
  const features = new Int32Array(LABEL_FEATURE_COUNT);
  const scores = new Float64Array(model.classes);
  for (let d = 1; d < heads.length; d++) {
    const count = fillLabelFeatures(atoms, heads, children, d, features);
    scores.fill(0);
    addScores(model, features, count, scores);
    labels[d] = argmaxScore(scores, model.classes);
  }
  return labels;
}
