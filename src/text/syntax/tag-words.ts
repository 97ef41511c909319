// Part-of-speech tagging: greedy left to right with the averaged perceptron over tag-features.ts.
// Frequent words that always had one tag in training skip the classifier (most of "the", ",", "of").
import { addScores, argmaxScore, type Perceptron } from "./averaged-perceptron.js";
import {
  fillTagContextFeatures,
  fillTagRoleFeatures,
  TAG_FEATURE_COUNT,
  TAG_ROLE_FEATURE_COUNT,
  TAG_ROLE_OFFSETS,
} from "./tag-features.js";
import { END_ATOMS, findWordAtoms, START_ATOMS, type WordAtoms } from "./word-atoms.js";

export type TaggerModel = {
  tags: readonly string[];
  perceptron: Perceptron;
  /** Word → tag index for frequent words seen with one tag only. */
  sureTags: ReadonlyMap<string, number>;
  /** Lower-cased word → bitmask of the tags it had in training. */
  ambiguity: ReadonlyMap<string, number>;
  /** Lower-cased word → bitmask of the tags its GloVe neighbours had, for words rare in training. */
  guesses?: ReadonlyMap<string, number>;
};

/**
 * Each word's atoms. `memo`: atoms already found for a word (a function of the word and the model alone),
 * shared by the caller across a batch of sentences: a report repeats most of its words ("the", names,
 * "said"), and each lower-casing, shape and nine hashes are otherwise made again for every repeat.
 */
export function findSentenceAtoms(
  words: readonly string[],
  model: Pick<TaggerModel, "ambiguity" | "guesses">,
  memo?: Map<string, WordAtoms>,
): WordAtoms[] {
  if (!memo) return words.map((w) => findWordAtoms(w, model.ambiguity, model.guesses));
  return words.map((w) => {
    let atoms = memo.get(w);
    if (atoms === undefined) {
      atoms = findWordAtoms(w, model.ambiguity, model.guesses);
      memo.set(w, atoms);
    }
    return atoms;
  });
}

/** A word's tag scores in each role (fillTagRoleFeatures): one row of tags a role, in TAG_ROLE_OFFSETS' order. */
function scoreRoles(word: WordAtoms, model: TaggerModel, roles = TAG_ROLE_OFFSETS.map((_, r) => r)): Float64Array {
  const classes = model.tags.length;
  const features = new Int32Array(TAG_ROLE_FEATURE_COUNT);
  const rows = new Float64Array(TAG_ROLE_OFFSETS.length * classes);
  for (const r of roles)
    addScores(model.perceptron, features, fillTagRoleFeatures(r, word, features), rows.subarray(r * classes));
  return rows;
}

/** Tag indexes for the words (indexes into model.tags). */
export function tagWords(
  words: readonly string[],
  model: TaggerModel,
  atoms = findSentenceAtoms(words, model),
): Int32Array {
  const classes = model.tags.length;
  const tags = new Int32Array(words.length);
  const features = new Int32Array(TAG_FEATURE_COUNT);
  const scores = new Float64Array(classes);
  // The sentence's start and end markers stand in beyond either end; only the roles before (after) read them.
  let edges: { start: Float64Array; end: Float64Array } | undefined;
  const edgeRows = (k: number) => {
    edges ??= {
      start: scoreRoles(
        START_ATOMS,
        model,
        rolesWhere((offset) => offset < 0),
      ),
      end: scoreRoles(
        END_ATOMS,
        model,
        rolesWhere((offset) => offset > 0),
      ),
    };
    return k < 0 ? edges.start : edges.end;
  };
  for (let i = 0; i < words.length; i++) {
    const sure = model.sureTags.get(words[i]);
    if (sure !== undefined) {
      tags[i] = sure;
      continue;
    }
    // Each role's row of the word that fills it, scored once per word: the weights are integers, so the
    // sums are exact in any order and the scores those of the whole feature list.
    scores.fill(0);
    for (let r = 0; r < TAG_ROLE_OFFSETS.length; r++) {
      const k = i + TAG_ROLE_OFFSETS[r];
      const rows = k >= 0 && k < atoms.length ? (atoms[k].tagScores ??= scoreRoles(atoms[k], model)) : edgeRows(k);
      for (let c = 0, from = r * classes; c < classes; c++) scores[c] += rows[from + c];
    }
    const count = fillTagContextFeatures(atoms, tags, i, features);
    addScores(model.perceptron, features, count, scores);
    tags[i] = argmaxScore(scores, model.tags.length);
  }
  return tags;
}

function rolesWhere(isRole: (offset: number) => boolean): number[] {
  return TAG_ROLE_OFFSETS.flatMap((offset, r) => (isRole(offset) ? [r] : []));
}
