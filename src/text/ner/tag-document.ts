// Tags one document's tokens with the trained model: features, per-token tag scores, Viterbi.
import { featurizeDocument } from "./featurize-document.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { addFeatureScores, type NerModel } from "./ner-model.js";
import { chunksFromBilou, type TokenChunk } from "./tags.js";
import { decodeViterbi, maskTransitions } from "./viterbi.js";

/** What the recogniser needs, loaded once (loadNerModel, loadNerLexicon) and passed in. */
export type NerResources = { model: NerModel; lexicon: NerLexicon };

/** For each sentence (its token texts), the names found as token chunks. */
export function tagDocument(sentences: readonly (readonly string[])[], resources: NerResources): TokenChunk[][] {
  const { model } = resources;
  const transitions = maskTransitions(model.transitions, model.tagCount);
  return featurizeDocument(sentences, resources.lexicon).map((tokens) => {
    const emissions = new Float64Array(tokens.length * model.tagCount);
    tokens.forEach((hashes, i) => addFeatureScores(model, hashes, emissions, i * model.tagCount));
    return chunksFromBilou(decodeViterbi(emissions, tokens.length, model.tagCount, transitions));
  });
}
