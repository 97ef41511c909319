// Tags one document's tokens with the trained model: features, per-token tag scores, Viterbi.
import { featurizeDocumentParts } from "./featurize-document.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { addFeatureScores, type NerModel } from "./ner-model.js";
import { chunksFromBilou, type TokenChunk } from "./tags.js";
import type { WordFacts } from "./token-features.js";
import { decodeViterbi, maskTransitions } from "./viterbi.js";
import { boundWordMemo, createWordMemo, type WordMemo } from "./word-memo.js";

/** What the recogniser needs, loaded once (loadNerModel, loadNerLexicon) and passed in. */
export type NerResources = { model: NerModel; lexicon: NerLexicon };

/**
 * For each sentence (its token texts), the names found as token chunks. `memo`: the words already scored,
 * kept across documents by the caller (word-memo.ts); by default, this document's.
 */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  resources: NerResources,
  memo: WordMemo = createWordMemo(),
): TokenChunk[][] {
  const { model } = resources;
  const transitions = maskTransitions(model.transitions, model.tagCount);
  boundWordMemo(memo);
  // A word's own features come first, so the scores after them are the same for every token of the word:
  // summed once per distinct word (in the same order, so to the same bits) and copied.
  const scoreWord = (facts: WordFacts) => {
    if (!facts.ownScores) {
      facts.ownScores = new Float64Array(model.tagCount);
      addFeatureScores(model, facts.own, facts.ownScores, 0);
    }
    return facts.ownScores;
  };
  return featurizeDocumentParts(sentences, resources.lexicon, memo.words).map((tokens) => {
    const emissions = new Float64Array(tokens.length * model.tagCount);
    tokens.forEach(({ facts, context }, i) => {
      emissions.set(scoreWord(facts), i * model.tagCount);
      addFeatureScores(model, context, emissions, i * model.tagCount);
    });
    return chunksFromBilou(decodeViterbi(emissions, tokens.length, model.tagCount, transitions));
  });
}
