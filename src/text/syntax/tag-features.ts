// The tagger's features for word i, given the tags already predicted to its left (greedy left to right).
// Classic averaged-perceptron tagger features (Collins 2002; Honnibal's "A good POS tagger in 200 lines"),
// plus the tag classes words had in training two to the right, which stand in for the right-hand tags
// a left-to-right tagger cannot see yet; and, for words too rare in training to have tag classes, the tags
// their GloVe neighbours ending alike had (tag-guesses-file.ts), read with the word's suffix so that the
// guess cannot overrule the morphology.
import { hashFeatureTable, makeFeatureTable } from "./hash-feature.js";
import { END_ATOMS, START_ATOMS, type WordAtoms } from "./word-atoms.js";

export const TAG_FEATURE_COUNT = 40;
const NO_TAG = 99;

// The slots of one word's values (W the word, P1/P2 the words before, N1/N2 after; T1/T2 the tags before;
// SUF and PRE its suffixes and prefixes by length, AMB the tags a word had in training, GUESS the tags
// guessed for a rare word). Slot 0 stays 0: a feature's unused atoms, and the bias feature's only one.
const [
  ,
  W,
  W_SUF1,
  W_SUF2,
  W_SUF3,
  W_SUF4,
  W_PRE1,
  W_PRE2,
  W_PRE3,
  W_SHAPE,
  T1,
  T2,
  P1,
  P1_SUF3,
  P2,
  N1,
  N1_SUF3,
  N2,
  W_AMB,
  N1_AMB,
  N2_AMB,
  W_FORM,
  IS_FIRST,
  N1_SHAPE,
  N1_SUF2,
  P1_AMB,
  W_GUESS,
  N1_GUESS,
] = Array.from({ length: 28 }, (_, slot) => slot);

/** Feature template i + 1 combines the values of the i-th slots (hashFeatureTable; the numbers are the weights'). */
const FEATURES = makeFeatureTable(
  [
    [],
    [W],
    [W_SUF1],
    [W_SUF2],
    [W_SUF3],
    [W_SUF4],
    [W_PRE1],
    [W_PRE2],
    [W_PRE3],
    [W_SHAPE],
    [T1],
    [T1, T2],
    [T1, W],
    [P1],
    [P1_SUF3],
    [P2],
    [N1],
    [N1_SUF3],
    [N2],
    [W_AMB],
    [N1_AMB],
    [N2_AMB],
    [T1, W_AMB],
    [W_AMB, N1_AMB],
    [W_FORM],
    [IS_FIRST, W_SHAPE],
    [P1, W],
    [W, N1],
    [T1, N1],
    [T1, W_SUF3],
    [N1_SHAPE],
    [N1_SUF2],
    [T1, T2, W_AMB],
    [P1_AMB, W_AMB, N1_AMB],
    [W_SHAPE, N1_SHAPE],
    [W_SUF3, N1],
    [W_GUESS],
    [T1, W_GUESS],
    [W_GUESS, W_SUF3],
    [N1_GUESS],
  ],
  1,
);

// Scratch for one word's values: filled and read within one fillTagFeatures call.
const VALUES = new Int32Array(28);

// The slots that read the word alone: a feature of these only has the same value at every token of the word.
const WORD_SLOTS = new Set([
  W,
  W_SUF1,
  W_SUF2,
  W_SUF3,
  W_SUF4,
  W_PRE1,
  W_PRE2,
  W_PRE3,
  W_SHAPE,
  W_AMB,
  W_FORM,
  W_GUESS,
]);

/** Whether the feature at `at` of a table (makeFeatureTable's four numbers each) reads the word alone. */
function isWordFeature(table: Int32Array, at: number): boolean {
  return [1, 2, 3].every((k) => table[at + k] === 0 || WORD_SLOTS.has(table[at + k]));
}

/** The features of `table` that pass `keep`, in order, with their own template seeds. */
function selectFeatures(table: Int32Array, keep: (at: number) => boolean): Int32Array {
  const kept: number[] = [];
  for (let at = 0; at < table.length; at += 4) if (keep(at)) kept.push(...table.subarray(at, at + 4));
  return Int32Array.from(kept);
}

// FEATURES in two parts, each feature with its own template number, so the same hashes: the word's own
// (the bias among them; scored once per word, tag-words.ts) and the rest, which read the neighbours and
// the tags before.
const WORD_FEATURES = selectFeatures(FEATURES, (at) => isWordFeature(FEATURES, at));
const CONTEXT_FEATURES = selectFeatures(FEATURES, (at) => !isWordFeature(FEATURES, at));
export const TAG_WORD_FEATURE_COUNT = WORD_FEATURES.length / 4;

/** The features of word i that read the word alone (fillTagFeatures' others are fillTagContextFeatures'). */
export function fillTagWordFeatures(w: WordAtoms, out: Int32Array): number {
  const v = VALUES.fill(0);
  v[W] = w.lower;
  v[W_SUF1] = w.suffixes[0];
  v[W_SUF2] = w.suffixes[1];
  v[W_SUF3] = w.suffixes[2];
  v[W_SUF4] = w.suffixes[3];
  v[W_PRE1] = w.prefixes[0];
  v[W_PRE2] = w.prefixes[1];
  v[W_PRE3] = w.prefixes[2];
  v[W_SHAPE] = w.shape;
  v[W_AMB] = w.ambiguity;
  v[W_FORM] = w.form;
  v[W_GUESS] = w.guess;
  return hashFeatureTable(WORD_FEATURES, v, out);
}

/** fillTagFeatures less fillTagWordFeatures' features: those that read the neighbours or the tags before. */
export function fillTagContextFeatures(
  atoms: readonly WordAtoms[],
  tags: ArrayLike<number>,
  i: number,
  out: Int32Array,
): number {
  fillValues(atoms, tags, i);
  return hashFeatureTable(CONTEXT_FEATURES, VALUES, out);
}

export function fillTagFeatures(
  atoms: readonly WordAtoms[],
  tags: ArrayLike<number>,
  i: number,
  out: Int32Array,
): number {
  fillValues(atoms, tags, i);
  return hashFeatureTable(FEATURES, VALUES, out);
}

/** VALUES for word i of the sentence. */
function fillValues(atoms: readonly WordAtoms[], tags: ArrayLike<number>, i: number): void {
  const w = atoms[i];
  const p1 = atoms[i - 1] ?? START_ATOMS;
  const p2 = atoms[i - 2] ?? START_ATOMS;
  const n1 = atoms[i + 1] ?? END_ATOMS;
  const n2 = atoms[i + 2] ?? END_ATOMS;
  const v = VALUES;
  v[W] = w.lower;
  v[W_SUF1] = w.suffixes[0];
  v[W_SUF2] = w.suffixes[1];
  v[W_SUF3] = w.suffixes[2];
  v[W_SUF4] = w.suffixes[3];
  v[W_PRE1] = w.prefixes[0];
  v[W_PRE2] = w.prefixes[1];
  v[W_PRE3] = w.prefixes[2];
  v[W_SHAPE] = w.shape;
  v[T1] = i > 0 ? tags[i - 1] : NO_TAG;
  v[T2] = i > 1 ? tags[i - 2] : NO_TAG;
  v[P1] = p1.lower;
  v[P1_SUF3] = p1.suffixes[2];
  v[P2] = p2.lower;
  v[N1] = n1.lower;
  v[N1_SUF3] = n1.suffixes[2];
  v[N2] = n2.lower;
  v[W_AMB] = w.ambiguity;
  v[N1_AMB] = n1.ambiguity;
  v[N2_AMB] = n2.ambiguity;
  v[W_FORM] = w.form;
  v[IS_FIRST] = i === 0 ? 1 : 0;
  v[N1_SHAPE] = n1.shape;
  v[N1_SUF2] = n1.suffixes[1];
  v[P1_AMB] = p1.ambiguity;
  v[W_GUESS] = w.guess;
  v[N1_GUESS] = n1.guess;
}
