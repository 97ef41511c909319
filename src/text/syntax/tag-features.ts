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

/**
 * The words a feature may read alone, by offset from the tagged word, and each slot's value from that word's
 * atoms. A feature whose slots all read one of these words (the bias counts as the word's own) has the same
 * value wherever that word stands at that offset: the tagger scores such features once per word and role
 * (tag-words.ts). The others read two words, or the tags before, and are hashed at every token.
 */
const ROLES: readonly { offset: number; slots: ReadonlyMap<number, (word: WordAtoms) => number> }[] = [
  {
    offset: 0,
    slots: new Map([
      [W, (w) => w.lower],
      [W_SUF1, (w) => w.suffixes[0]],
      [W_SUF2, (w) => w.suffixes[1]],
      [W_SUF3, (w) => w.suffixes[2]],
      [W_SUF4, (w) => w.suffixes[3]],
      [W_PRE1, (w) => w.prefixes[0]],
      [W_PRE2, (w) => w.prefixes[1]],
      [W_PRE3, (w) => w.prefixes[2]],
      [W_SHAPE, (w) => w.shape],
      [W_AMB, (w) => w.ambiguity],
      [W_FORM, (w) => w.form],
      [W_GUESS, (w) => w.guess],
    ]),
  },
  {
    offset: -1,
    slots: new Map([
      [P1, (w) => w.lower],
      [P1_SUF3, (w) => w.suffixes[2]],
      [P1_AMB, (w) => w.ambiguity],
    ]),
  },
  { offset: -2, slots: new Map([[P2, (w) => w.lower]]) },
  {
    offset: 1,
    slots: new Map([
      [N1, (w) => w.lower],
      [N1_SUF3, (w) => w.suffixes[2]],
      [N1_SUF2, (w) => w.suffixes[1]],
      [N1_AMB, (w) => w.ambiguity],
      [N1_SHAPE, (w) => w.shape],
      [N1_GUESS, (w) => w.guess],
    ]),
  },
  {
    offset: 2,
    slots: new Map([
      [N2, (w) => w.lower],
      [N2_AMB, (w) => w.ambiguity],
    ]),
  },
];
/** Each role's offset from the tagged word: role r's features read the word at i + TAG_ROLE_OFFSETS[r]. */
export const TAG_ROLE_OFFSETS = ROLES.map((role) => role.offset);

/** The role whose word alone the feature at `at` of FEATURES reads (its slots, four numbers a feature), or -1. */
function roleOf(at: number): number {
  const slots = [1, 2, 3].map((k) => FEATURES[at + k]).filter((slot) => slot !== 0);
  return ROLES.findIndex((role, r) => (slots.length === 0 ? r === 0 : slots.every((slot) => role.slots.has(slot))));
}

/** The features of FEATURES that pass `keep`, in order, each with its own template seed (so the same hashes). */
function selectFeatures(keep: (at: number) => boolean): Int32Array {
  const kept: number[] = [];
  for (let at = 0; at < FEATURES.length; at += 4) if (keep(at)) kept.push(...FEATURES.subarray(at, at + 4));
  return Int32Array.from(kept);
}

const ROLE_FEATURES = ROLES.map((_, r) => selectFeatures((at) => roleOf(at) === r));
const CONTEXT_FEATURES = selectFeatures((at) => roleOf(at) < 0);
/** The most features one role holds: the scratch length fillTagRoleFeatures needs. */
export const TAG_ROLE_FEATURE_COUNT = Math.max(...ROLE_FEATURES.map((table) => table.length / 4));

/** The features of role `role` (TAG_ROLE_OFFSETS) with `word` in it. */
export function fillTagRoleFeatures(role: number, word: WordAtoms, out: Int32Array): number {
  const v = VALUES.fill(0);
  for (const [slot, read] of ROLES[role].slots) v[slot] = read(word);
  return hashFeatureTable(ROLE_FEATURES[role], v, out);
}

/** fillTagFeatures less every role's features (fillTagRoleFeatures): those that read two words, or the tags before. */
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
