// The scorer's word vocabulary: lower-cased training words seen at least twice, looked up by the same string
// hash the tagger's word atoms carry, so a sentence's words are hashed once for all models.
import { hashString } from "./hash-feature.js";
import { type NetAtoms, ROOT_TAG_ID, ROOT_WORD_ID, UNKNOWN_WORD } from "./net-features.js";
import type { WordAtoms } from "./word-atoms.js";

/** Lower-cased word hash → word id (3.. in vocabulary order). */
export type NetVocabulary = ReadonlyMap<number, number>;

export const FIRST_VOCABULARY_ID = 3;
/** Tag ids start after "none" and "root". */
export const FIRST_TAG_ID = 2;

export function indexVocabulary(words: readonly string[]): NetVocabulary {
  return new Map(words.map((w, k) => [hashString(w), FIRST_VOCABULARY_ID + k]));
}

/** Ids of words 0..n (0 the root) from the tagger's word atoms and predicted tag indexes. */
export function findNetAtoms(
  words: readonly WordAtoms[],
  tags: ArrayLike<number>,
  vocabulary: NetVocabulary,
): NetAtoms {
  const atoms: NetAtoms = { words: new Int32Array(words.length + 1), tags: new Int32Array(words.length + 1) };
  atoms.words[0] = ROOT_WORD_ID;
  atoms.tags[0] = ROOT_TAG_ID;
  for (let i = 0; i < words.length; i++) {
    atoms.words[i + 1] = vocabulary.get(words[i].lower) ?? UNKNOWN_WORD;
    atoms.tags[i + 1] = FIRST_TAG_ID + tags[i];
  }
  return atoms;
}
