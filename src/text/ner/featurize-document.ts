// One document's sentences (token texts) -> the hashed features of every token. Training and tagging
// both go through here, so what the model learned from is exactly what it sees at run time.
import { buildDocumentContext } from "./document-context.js";
import { hashFeature } from "./hash-feature.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { extractSentenceFeatures } from "./token-features.js";

/** Per sentence, per token, the feature hashes. */
export function featurizeDocument(sentences: readonly (readonly string[])[], lexicon: NerLexicon): number[][][] {
  const context = buildDocumentContext(sentences);
  return sentences.map((words) => extractSentenceFeatures(words, context, lexicon).map((features) => features.map(hashFeature)));
}
