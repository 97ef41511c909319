// One document's sentences (token texts) -> the hashed features of every token. Training and tagging
// both go through here, so what the model learned from is exactly what it sees at run time.
import { buildDocumentContext } from "./document-context.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { describeWord, extractContextFeatures } from "./token-features.js";

/** A token's features in two parts: its word's own (one array shared by every token of that word), then its context's. */
export type TokenFeatures = { word: number[]; context: number[] };

/** Per sentence, per token, the feature hashes: the word's own first, then the context's. */
export function featurizeDocument(sentences: readonly (readonly string[])[], lexicon: NerLexicon): number[][][] {
  return featurizeDocumentParts(sentences, lexicon).map((tokens) =>
    tokens.map(({ word, context }) => [...word, ...context]),
  );
}

/**
 * featurizeDocument's hashes, the word's and the context's apart (the tagger scores a word's part once).
 * `wordHashes`: words already described (word-memo.ts), which this fills; by default, this document's.
 */
export function featurizeDocumentParts(
  sentences: readonly (readonly string[])[],
  lexicon: NerLexicon,
  wordHashes = new Map<string, number[]>(),
): TokenFeatures[][] {
  const context = buildDocumentContext(sentences);
  // A word's own features are hashed once: half the tokens of an article repeat a word.
  const hashWord = (word: string) => {
    let hashes = wordHashes.get(word);
    if (!hashes) wordHashes.set(word, (hashes = describeWord(word)));
    return hashes;
  };
  return sentences.map((words) =>
    extractContextFeatures(words, context, lexicon).map((features, i) => ({
      word: hashWord(words[i]),
      context: features,
    })),
  );
}
