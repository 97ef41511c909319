import assert from "node:assert/strict";
import { test } from "node:test";
import { featurizeDocument } from "./featurize-document.js";
import { loadNerLexicon } from "./ner-lexicon.js";
import { addFeatureScores, loadNerModel } from "./ner-model.js";
import { tagDocument } from "./tag-document.js";
import { chunksFromBilou } from "./tags.js";
import { decodeViterbi, maskTransitions } from "./viterbi.js";
import { createWordMemo } from "./word-memo.js";

// Invented sentences; the second document repeats words of the first, so the memo's rows are reused.
const FIRST = [
  ["Gunmen", "from", "the", "Harak", "Brigade", "attacked", "Port", "Vellan", "on", "Sunday", "."],
  ["Colonel", "Idris", "Maro", "said", "two", "soldiers", "died", "."],
];
const SECOND = [["Maro", "said", "the", "Harak", "Brigade", "left", "Port", "Vellan", "."]];

test("ner tagging: a word's neighbour rows, scored once, tag as scoring every token's full feature list does", () => {
  const resources = { model: loadNerModel(), lexicon: loadNerLexicon() };
  const { model } = resources;
  const transitions = maskTransitions(model.transitions, model.tagCount);
  // The reference: every token's features in one list (what training reads), looked up one by one.
  const tagByList = (sentences: string[][]) =>
    featurizeDocument(sentences, resources.lexicon).map((tokens) => {
      const emissions = new Float64Array(tokens.length * model.tagCount);
      tokens.forEach((features, i) => addFeatureScores(model, features, emissions, i * model.tagCount));
      return chunksFromBilou(decodeViterbi(emissions, tokens.length, model.tagCount, transitions));
    });
  const memo = createWordMemo();
  for (const doc of [FIRST, SECOND]) assert.deepEqual(tagDocument(doc, resources, memo), tagByList(doc));
  assert.ok(tagByList(FIRST).flat().length > 0, "the sentences hold names, so the comparison reads some chunks");
});
