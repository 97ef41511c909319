// A word's own features (describeWord) and their tag scores depend on the word and the weights alone, not on
// the document: kept from one document to the next, as spaCy's vocabulary keeps a word's lexical attributes,
// so that "the", "said" or "Baghdad" are hashed and scored once a run instead of once a document (the
// recogniser's word part was about a sixth of its time). The contents never change a result, only when
// it is worked out; the memo is emptied when it grows past its bound.

/** Words kept before the memo starts again: a news vocabulary's common words, a few MB. */
const MEMO_WORDS = 20_000;

export type WordMemo = {
  /** A word -> its own feature hashes (describeWord). */
  hashes: Map<string, number[]>;
  /** Those hashes (by identity) -> the summed tag scores of the word's own features. */
  scores: Map<readonly number[], Float64Array>;
};

export function createWordMemo(): WordMemo {
  return { hashes: new Map(), scores: new Map() };
}

/** Empties the memo once it holds more than MEMO_WORDS words (asked between documents). */
export function boundWordMemo(memo: WordMemo): void {
  if (memo.hashes.size <= MEMO_WORDS) return;
  memo.hashes.clear();
  memo.scores.clear();
}
