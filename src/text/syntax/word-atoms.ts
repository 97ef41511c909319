// The per-word integers the tagger's and parser's features are built from, computed once per sentence.
import { hashRange, hashString } from "./hash-feature.js";

export type WordAtoms = {
  form: number;
  lower: number;
  prefixes: [number, number, number];
  suffixes: [number, number, number, number];
  shape: number;
  /** Bitmask of the tags the word had in training (0 when unseen or rare). */
  ambiguity: number;
  /** For a word without tag classes, the bitmask of the tags its GloVe neighbours had (tag-guesses-file.ts); else 0. */
  guess: number;
  /** The tagger's scores of the word's features in each role (as itself, or one or two before or after the
   * tagged word), filled on first use (tag-words.ts): atoms are found once per word with one model and may be
   * kept across documents (the syntax stage's memo). */
  tagScores?: Float64Array;
};

export const START_ATOMS: WordAtoms = fixedAtoms("<s>");
export const END_ATOMS: WordAtoms = fixedAtoms("</s>");

function fixedAtoms(marker: string): WordAtoms {
  const h = hashString(marker);
  return {
    form: h,
    lower: h,
    prefixes: [h, h, h],
    suffixes: [h, h, h, h],
    shape: h,
    ambiguity: 1 << 30,
    guess: 1 << 30,
  };
}

export function findWordAtoms(
  form: string,
  ambiguity: ReadonlyMap<string, number>,
  guesses?: ReadonlyMap<string, number>,
): WordAtoms {
  const lower = form.toLowerCase();
  const classes = ambiguity.get(lower) ?? 0;
  return {
    form: hashString(form),
    lower: hashString(lower),
    prefixes: [hashPrefix(lower, 1), hashPrefix(lower, 2), hashPrefix(lower, 3)],
    suffixes: [hashSuffix(lower, 1), hashSuffix(lower, 2), hashSuffix(lower, 3), hashSuffix(lower, 4)],
    shape: hashString(shapeOf(form)),
    ambiguity: classes,
    guess: classes === 0 ? (guesses?.get(lower) ?? 0) : 0,
    tagScores: undefined, // set here so that every word's atoms keep one shape when the tagger fills it
  };
}

// hashString of `lower.slice(0, n)` and `lower.slice(-n)` without making the slices: the tagger reads these
// for every word of every parsed sentence, and the slices and mapped arrays were garbage made per word.
function hashPrefix(lower: string, n: number): number {
  return hashRange(lower, 0, Math.min(n, lower.length));
}

function hashSuffix(lower: string, n: number): number {
  return hashRange(lower, Math.max(0, lower.length - n), lower.length);
}

/** "Baghdad" → "Xx", "AK-47" → "X-d", "3.5" → "d.d": letter classes with runs collapsed, so rare words share. */
export function shapeOf(form: string): string {
  let shape = "";
  for (const char of form) {
    const kind = kindOf(char);
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

/** ASCII by char code (the common case, no regex), the rest by Unicode category. */
function kindOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return "X";
  if (code >= 97 && code <= 122) return "x";
  if (code >= 48 && code <= 57) return "d";
  if (code < 128) return char;
  return /\p{Lu}/u.test(char) ? "X" : /\p{Ll}/u.test(char) ? "x" : /\p{Nd}/u.test(char) ? "d" : char;
}
