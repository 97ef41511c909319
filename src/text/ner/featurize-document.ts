// One document's sentences (token texts) -> the hashed features of every token. Training and tagging
// both go through here, so what the model learned from is exactly what it sees at run time.
import { buildDocumentContext } from "./document-context.js";
import type { NerLexicon } from "./ner-lexicon.js";
import { describeWordFacts, extractContextFeatures, findNeighbourFeatures, type WordFacts } from "./token-features.js";

/**
 * A token's features in three parts: its word's own (`facts.own`, one array shared by every token of that
 * word), its neighbours' (findNeighbourFeatures, from the neighbouring tokens' facts), then its context's.
 */
export type TokenFeatures = { facts: WordFacts; context: number[] };

/** Per sentence, per token, the feature hashes: the word's own first, then the neighbours', then the context's. */
export function featurizeDocument(sentences: readonly (readonly string[])[], lexicon: NerLexicon): number[][][] {
  return featurizeDocumentParts(sentences, lexicon).map((tokens) => {
    const facts = tokens.map((t) => t.facts);
    return tokens.map(({ context }, i) => [...facts[i].own, ...findNeighbourFeatures(facts, i), ...context]);
  });
}

/**
 * featurizeDocument's hashes, the word's and the context's apart and the neighbours' left out (the tagger scores
 * a word's part, and its part as a neighbour, once).
 * `known`: words already described (word-memo.ts), which this fills; by default, this document's.
 */
export function featurizeDocumentParts(
  sentences: readonly (readonly string[])[],
  lexicon: NerLexicon,
  known = new Map<string, WordFacts>(),
): TokenFeatures[][] {
  const context = buildDocumentContext(sentences);
  // A word is described once: half the tokens of an article repeat a word.
  const describe = (word: string) => {
    let facts = known.get(word);
    if (!facts) known.set(word, (facts = describeWordFacts(word, lexicon)));
    return facts;
  };
  return sentences.map((words) => {
    const facts = words.map(describe);
    return extractContextFeatures(words, context, lexicon, facts).map((features, i) => ({
      facts: facts[i],
      context: features,
    }));
  });
}
