// Part-of-speech tagging: greedy left to right with the averaged perceptron over tag-features.ts.
// Frequent words that always had one tag in training skip the classifier (most of "the", ",", "of").
import { addScores, argmaxScore, type Perceptron } from "./averaged-perceptron.js";
import {
  fillTagContextFeatures,
  fillTagWordFeatures,
  TAG_FEATURE_COUNT,
  TAG_WORD_FEATURE_COUNT,
} from "./tag-features.js";
import { findWordAtoms, type WordAtoms } from "./word-atoms.js";

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

/** The tag scores of a word's own features (fillTagWordFeatures). */
function scoreWordFeatures(word: WordAtoms, model: TaggerModel): Float64Array {
  const features = new Int32Array(TAG_WORD_FEATURE_COUNT);
  const scores = new Float64Array(model.tags.length);
  addScores(model.perceptron, features, fillTagWordFeatures(word, features), scores);
  return scores;
}

/** Tag indexes for the words (indexes into model.tags). */
export function tagWords(
  words: readonly string[],
  model: TaggerModel,
  atoms = findSentenceAtoms(words, model),
): Int32Array {
  const tags = new Int32Array(words.length);
  const features = new Int32Array(TAG_FEATURE_COUNT);
  const scores = new Float64Array(model.tags.length);
  for (let i = 0; i < words.length; i++) {
    const sure = model.sureTags.get(words[i]);
    if (sure !== undefined) {
      tags[i] = sure;
      continue;
    }
    // The word's own features' scores, summed once per word (the weights are integers: exact in any order).
    scores.set((atoms[i].tagScores ??= scoreWordFeatures(atoms[i], model)));
    const count = fillTagContextFeatures(atoms, tags, i, features);
    addScores(model.perceptron, features, count, scores);
    tags[i] = argmaxScore(scores, model.tags.length);
  }
  return tags;
}
