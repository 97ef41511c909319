import assert from "node:assert/strict";
import { test } from "node:test";
import { addScores, argmaxScore } from "./averaged-perceptron.js";
import { loadSyntaxModel } from "./load-syntax-model.js";
import {
  fillTagContextFeatures,
  fillTagFeatures,
  fillTagRoleFeatures,
  TAG_FEATURE_COUNT,
  TAG_ROLE_OFFSETS,
} from "./tag-features.js";
import { findSentenceAtoms, type TaggerModel, tagWords } from "./tag-words.js";
import { END_ATOMS, START_ATOMS } from "./word-atoms.js";

// Invented sentences; the second repeats words of the first, so their kept word scores are read again.
const SENTENCES = [
  ["Militants", "shelled", "the", "outskirts", "of", "Varrow", "on", "Tuesday", "."],
  ["Officials", "in", "Varrow", "said", "the", "militants", "withdrew", "overnight", "."],
];

/** Tags by fillTagFeatures' whole list, looked up feature by feature: what the tagger was trained on. */
function tagByWholeList(words: readonly string[], model: TaggerModel): Int32Array {
  const atoms = findSentenceAtoms(words, model);
  const tags = new Int32Array(words.length);
  const features = new Int32Array(TAG_FEATURE_COUNT);
  for (let i = 0; i < words.length; i++) {
    const sure = model.sureTags.get(words[i]);
    if (sure !== undefined) {
      tags[i] = sure;
      continue;
    }
    const scores = new Float64Array(model.tags.length);
    addScores(model.perceptron, features, fillTagFeatures(atoms, tags, i, features), scores);
    tags[i] = argmaxScore(scores, model.tags.length);
  }
  return tags;
}

test("tagger features: each role's with its word, and the context's, together are the whole list", () => {
  const { tagger } = loadSyntaxModel();
  const atoms = findSentenceAtoms(SENTENCES[0], tagger);
  const tags = Int32Array.from(SENTENCES[0], (_, i) => i % 3);
  const read = (fill: (out: Int32Array) => number) => {
    const out = new Int32Array(TAG_FEATURE_COUNT);
    return [...out.subarray(0, fill(out))];
  };
  for (let i = 0; i < atoms.length; i++) {
    const wordAt = (k: number) => atoms[k] ?? (k < 0 ? START_ATOMS : END_ATOMS);
    const parts = [
      ...TAG_ROLE_OFFSETS.flatMap((offset, r) => read((out) => fillTagRoleFeatures(r, wordAt(i + offset), out))),
      ...read((out) => fillTagContextFeatures(atoms, tags, i, out)),
    ];
    assert.deepEqual(parts.sort(), read((out) => fillTagFeatures(atoms, tags, i, out)).sort());
  }
});

test("tagger: a word's role scores kept across sentences tag as the whole feature list does", () => {
  const { tagger } = loadSyntaxModel();
  const memo = new Map();
  for (const words of SENTENCES)
    assert.deepEqual(tagWords(words, tagger, findSentenceAtoms(words, tagger, memo)), tagByWholeList(words, tagger));
});
