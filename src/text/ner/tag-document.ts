// Tags one document's tokens with the trained model: features, per-token tag scores, Viterbi.
import { featurizeDocumentParts } from "./featurize-document.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { addFeatureScores, type NerModel } from "./ner-model.js";
import { chunksFromBilou, type TokenChunk } from "./tags.js";
import { hashNeighbour, NEIGHBOUR_FEATURES, type WordFacts } from "./token-features.js";
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
  const scoreNeighbours = scoreNeighbourFeatures(model);
  const edges = scoreNeighbours(undefined);
  return featurizeDocumentParts(sentences, resources.lexicon, memo.words).map((tokens) => {
    const tags = model.tagCount;
    const emissions = new Float64Array(tokens.length * tags);
    tokens.forEach(({ facts, context }, i) => {
      emissions.set(scoreWord(facts), i * tags);
      // Each neighbour feature's row of the word at its offset (or the sentence's edge marker's), added in
      // place of looking the feature up. The weights are 16-bit integers times one scale (ner-model.ts),
      // so float64 sums of them are exact in any order: the same bits as scoring the features in a list.
      NEIGHBOUR_FEATURES.forEach(({ offset }, n) => {
        const word = tokens[i + offset]?.facts;
        const rows = word ? (word.neighbourScores ??= scoreNeighbours(word)) : edges;
        for (let t = 0; t < tags; t += 1) emissions[i * tags + t] += rows[n * tags + t];
      });
      addFeatureScores(model, context, emissions, i * tags);
    });
    return chunksFromBilou(decodeViterbi(emissions, tokens.length, tags, transitions));
  });
}

/** A word's NEIGHBOUR_FEATURES scored, one row of tag scores each (undefined: the sentence's edge markers). */
function scoreNeighbourFeatures(model: NerModel): (word: WordFacts | undefined) => Float64Array {
  return (word) => {
    const rows = new Float64Array(NEIGHBOUR_FEATURES.length * model.tagCount);
    NEIGHBOUR_FEATURES.forEach((feature, n) =>
      addFeatureScores(model, [hashNeighbour(feature, word)], rows, n * model.tagCount),
    );
    return rows;
  };
}
