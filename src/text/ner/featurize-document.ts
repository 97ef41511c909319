// One document's sentences (token texts) -> the hashed features of every token. Training and tagging
// both go through here, so what the model learned from is exactly what it sees at run time.
import { buildDocumentContext } from "./document-context.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { describeWord, extractContextFeatures } from "./token-features.js";

/** Per sentence, per token, the feature hashes. */
export function featurizeDocument(sentences: readonly (readonly string[])[], lexicon: NerLexicon): number[][][] {
  const context = buildDocumentContext(sentences);
  // A word's own features are hashed once per document: half the tokens of an article repeat a word.
  const wordHashes = new Map<string, number[]>();
  const hashWord = (word: string) => {
    let hashes = wordHashes.get(word);
    if (!hashes) wordHashes.set(word, (hashes = describeWord(word)));
    return hashes;
  };
  return sentences.map((words) =>
    extractContextFeatures(words, context, lexicon).map((features, i) => [...hashWord(words[i]), ...features]),
  );
}
