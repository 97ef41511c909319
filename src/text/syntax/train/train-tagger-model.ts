// Training the tagger (deterministic: a seeded shuffle per epoch). Used by train-tagger.ts and by the
// parser's jackknifing, which tags each training fold with a tagger trained on the other folds.

import { shuffleSeeded } from "../../shuffle-seeded.js";
import {
  addScores,
  argmaxScore,
  averagePerceptron,
  createPerceptron,
  tickPerceptron,
  updatePerceptron,
} from "../averaged-perceptron.js";
import type { ConlluSentence } from "../read-conllu.js";
import { fillTagFeatures, TAG_FEATURE_COUNT } from "../tag-features.js";
import { maskOfGuess, type TagGuesses } from "../tag-guesses-file.js";
import { findSentenceAtoms, type TaggerModel } from "../tag-words.js";

export const TAGGER_SETTINGS = {
  epochs: 10, // dev accuracy stops rising after about 8 passes
  bits: 19, // 2^19 rows x 17 tags: few collisions among ~600k distinct features, 36 MB while running
  sureMinCount: 20, // a word seen 20+ times with one tag ≥ 99.5% of the time is left to the dictionary
  sureMinShare: 0.995,
  ambiguityMinCount: 5, // rarer words' tag sets are learnt as if exact and hurt unseen words (dev: 1 → 0.933, 2 → 0.949, 5 → 0.950)
  ambiguityMinShare: 0.05, // tags a word had less than 5% of the time are noise (annotation slips)
  seed: 18,
  guessMinShare: 0.3, // a rare word's guessed tags: those with 30%+ of its neighbours' weight (dev: 0.2 → 0.9514, 0.3 → 0.9522)
};

export function trainTagger(
  sentences: readonly ConlluSentence[],
  settings = TAGGER_SETTINGS,
  log?: (line: string) => void,
  tagGuesses?: TagGuesses,
): TaggerModel {
  const tags = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.upos)))].sort();
  const { sureTags, ambiguity } = countWordTags(sentences, tags, settings);
  const perceptron = createPerceptron(tags.length, settings.bits, true);
  const guesses = tagGuesses && maskGuesses(tagGuesses, tags, settings.guessMinShare);
  const model: TaggerModel = { tags, perceptron, sureTags, ambiguity, guesses };
  const prepared = sentences.map((s) => ({
    words: s.words.map((w) => w.form),
    gold: Int32Array.from(s.words, (w) => tags.indexOf(w.upos)),
  }));
  const features = new Int32Array(TAG_FEATURE_COUNT);
  const scores = new Float64Array(tags.length);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const { words, gold } of shuffleSeeded(prepared, settings.seed + epoch)) {
      const atoms = findSentenceAtoms(words, model);
      const guessed = new Int32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const count = fillTagFeatures(atoms, guessed, i, features);
        scores.fill(0);
        addScores(perceptron, features, count, scores);
        guessed[i] = argmaxScore(scores, tags.length);
        updatePerceptron(perceptron, features, count, gold[i], guessed[i]);
        tickPerceptron(perceptron);
        if (guessed[i] === gold[i]) right++;
        total++;
      }
    }
    log?.(`tagger epoch ${epoch}: train accuracy ${(right / total).toFixed(4)}`);
  }
  return { ...model, perceptron: averagePerceptron(perceptron) };
}

function countWordTags(
  sentences: readonly ConlluSentence[],
  tags: readonly string[],
  settings: typeof TAGGER_SETTINGS,
) {
  const byForm = new Map<string, Map<number, number>>();
  const byLower = new Map<string, Map<number, number>>();
  for (const word of sentences.flatMap((s) => s.words)) {
    const tag = tags.indexOf(word.upos);
    for (const [map, key] of [
      [byForm, word.form],
      [byLower, word.form.toLowerCase()],
    ] as const) {
      const counts = map.get(key) ?? new Map<number, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      map.set(key, counts);
    }
  }
  const sureTags = new Map<string, number>();
  for (const [form, counts] of byForm) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (total >= settings.sureMinCount && count / total >= settings.sureMinShare) sureTags.set(form, tag);
  }
  const ambiguity = new Map<string, number>();
  for (const [lower, counts] of byLower) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total < settings.ambiguityMinCount) continue;
    let mask = 0;
    for (const [tag, count] of counts) if (count / total >= settings.ambiguityMinShare) mask |= 1 << tag;
    ambiguity.set(lower, mask);
  }
  return { sureTags, ambiguity };
}

/** Each guessed word's tags with at least `minShare` of its neighbours' weight, as a bitmask like the tag classes'. */
function maskGuesses(guesses: TagGuesses, tags: readonly string[], minShare: number): Map<string, number> {
  const masks = new Map<string, number>();
  for (const [word, shares] of guesses) {
    const mask = maskOfGuess(shares, tags, minShare);
    if (mask !== 0) masks.set(word, mask);
  }
  return masks;
}
