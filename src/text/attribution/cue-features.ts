// Features of one token for the cue tagger: is this word part of the words that attribute (a verb of
// saying, believing or reporting, "according to")? Lexical context, the tagger's part of speech, where
// quotation marks stand, and whether the hand lexicon (lexicon/quotes) calls it a cue, so the perceptron
// learns where that lexicon is right and where it is not. Hashed integers, as in the syntax models.
import { hashFeature, hashString } from "../syntax/hash-feature.js";

/** What the tagger reads of one sentence: each token's text, part of speech and two flags. */
export type CueSentence = {
  words: readonly string[];
  tags: readonly string[];
  /** Token inside a quotation ("…") of the sentence. */
  isQuoted: readonly boolean[];
  /** Token inside a cue the hand lexicon matches. */
  isLexiconCue: readonly boolean[];
};

export const CUE_FEATURE_COUNT = 24;

const QUOTE_MARK = /^["“”'‘’`]+$/;

/** Each word's lower-case hash and each tag's hash, computed once per sentence (a token reads five of each). */
export type CueHashes = { words: Uint32Array; tags: Uint32Array };

export function hashCueSentence(sentence: CueSentence): CueHashes {
  return {
    words: Uint32Array.from(sentence.words, (w) => hashString(w.toLowerCase())),
    tags: Uint32Array.from(sentence.tags, (t) => hashString(t)),
  };
}

function at(hashes: Uint32Array, i: number): number {
  if (i < 0) return 1;
  if (i >= hashes.length) return 2;
  return hashes[i];
}

/** A token's rough kind: quote mark, punctuation, capitalised word or other word. */
function kind(sentence: CueSentence, i: number): number {
  const word = sentence.words[i];
  if (word === undefined) return 0;
  if (QUOTE_MARK.test(word)) return 1;
  if (!/[\p{L}\p{N}]/u.test(word)) return 2 + hashString(word);
  return /^\p{Lu}/u.test(word) ? 3 : 4;
}

/** Fills `out` with the token's features; returns how many were written. */
export function fillCueFeatures(
  sentence: CueSentence,
  i: number,
  out: Int32Array,
  hashes: CueHashes = hashCueSentence(sentence),
): number {
  const word = sentence.words[i].toLowerCase();
  const lower = (_: CueSentence, j: number) => at(hashes.words, j);
  const tag = (_: CueSentence, j: number) => at(hashes.tags, j);
  const w = lower(sentence, i);
  const t = tag(sentence, i);
  const lexicon = sentence.isLexiconCue[i] ? 1 : 0;
  const quoted = sentence.isQuoted[i] ? 1 : 0;
  const position = i === 0 ? 0 : i >= sentence.words.length - 2 ? 2 : 1;
  const values = [
    hashFeature(0, 0),
    hashFeature(1, w),
    hashFeature(2, hashString(word.slice(-3))),
    hashFeature(3, hashString(word.slice(0, 4))),
    hashFeature(4, lower(sentence, i - 1)),
    hashFeature(5, lower(sentence, i + 1)),
    hashFeature(6, lower(sentence, i - 2)),
    hashFeature(7, lower(sentence, i + 2)),
    hashFeature(8, t),
    hashFeature(9, tag(sentence, i - 1), t),
    hashFeature(10, t, tag(sentence, i + 1)),
    hashFeature(11, w, lower(sentence, i + 1)),
    hashFeature(12, lower(sentence, i - 1), w),
    hashFeature(13, quoted, t),
    hashFeature(14, lexicon),
    hashFeature(15, lexicon, t),
    hashFeature(16, lexicon, w),
    hashFeature(17, kind(sentence, i - 1), t),
    hashFeature(18, t, kind(sentence, i + 1)),
    hashFeature(19, position, t),
    hashFeature(20, w, t),
    hashFeature(21, tag(sentence, i - 2), tag(sentence, i - 1), t),
    hashFeature(22, t, tag(sentence, i + 1), tag(sentence, i + 2)),
    hashFeature(23, sentence.isLexiconCue[i - 1] ? 1 : 0, sentence.isLexiconCue[i + 1] ? 1 : 0, t),
  ];
  for (let f = 0; f < values.length; f++) out[f] = values[f] | 0;
  return values.length;
}
