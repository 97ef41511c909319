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
    const neighbourRows = tokens.map(({ facts }) => (facts.neighbourScores ??= scoreNeighbours(facts)));
    for (let i = 0; i < tokens.length; i += 1) {
      emissions.set(scoreWord(tokens[i].facts), i * tags);
      addNeighbourRows(emissions, i, tags, neighbourRows, edges);
      addFeatureScores(model, tokens[i].context, emissions, i * tags);
    }
    return chunksFromBilou(decodeViterbi(emissions, tokens.length, tags, transitions));
  });
}

const OFFSETS = NEIGHBOUR_FEATURES.map((feature) => feature.offset);

/**
 * Adds to token i's emissions each neighbour feature's row of the word at its offset (or of the sentence's
 * edge marker), in place of looking the feature up. The weights are 16-bit integers times one scale
 * (ner-model.ts), so float64 sums of them are exact in any order: the same bits as scoring one list.
 */
function addNeighbourRows(
  emissions: Float64Array,
  i: number,
  tags: number,
  neighbourRows: readonly Float64Array[],
  edges: Float64Array,
): void {
  const at = i * tags;
  for (let n = 0; n < OFFSETS.length; n += 1) {
    const k = i + OFFSETS[n];
    const rows = k >= 0 && k < neighbourRows.length ? neighbourRows[k] : edges;
    for (let t = 0, from = n * tags; t < tags; t += 1) emissions[at + t] += rows[from + t];
  }
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
