// A word's own features (describeWord) and their tag scores depend on the word and the weights alone, not on
// the document: kept from one document to the next, as spaCy's vocabulary keeps a word's lexical attributes,
// so that "the", "said" or "Baghdad" are hashed and scored once a run instead of once a document (the
// recogniser's word part was about a sixth of its time), and lower-cased, shaped and looked up in the lexicon
// once a run rather than once a token. The contents never change a result, only when
// it is worked out; the memo is emptied when it grows past its bound.

import type { WordFacts } from "./token-features.js";

/** Words kept before the memo starts again: a news vocabulary's common words, at most ~20 MB (each word's
 * own and neighbour score rows, 7 rows of 17 tags). */
const MEMO_WORDS = 20_000;

export type WordMemo = {
  /** A word -> what feature extraction reads of it alone, its own features' summed scores included. */
  words: Map<string, WordFacts>;
};

export function createWordMemo(): WordMemo {
  return { words: new Map() };
}

/** Empties the memo once it holds more than MEMO_WORDS words (asked between documents). */
export function boundWordMemo(memo: WordMemo): void {
  if (memo.words.size > MEMO_WORDS) memo.words.clear();
}
