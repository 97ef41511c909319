// What the rest of the document says about a word. A name is usually introduced in full and then
// shortened ("Carlos Mendez ... Mendez said"), and a sentence-initial or headline word's case says little
// by itself: the same word elsewhere in the document ("The", "Police" vs "police") says more.
import { isCapitalised } from "./word-shape.js";

export type DocumentContext = {
  /** Lower-cased words seen written in lower case somewhere in the document. */
  seenLower: Set<string>;
  /** Words seen capitalised away from a sentence's start, outside capitals-only lines. */
  seenCapitalisedInside: Set<string>;
  /** For a word, its place ("B", "I", "L") in the longest run of capitalised words it is part of. */
  longestRun: Map<string, { position: "B" | "I" | "L"; length: number }>;
};

/** A sentence in capitals only (headlines, datelines) says nothing by its case. */
export function isCapitalsLine(words: readonly string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const w of words) {
    const kind = findLetterCase(w);
    if (kind === NO_LETTERS) continue;
    letters += 1;
    if (kind === CAPITALS_ONLY) capitals += 1;
  }
  return letters >= 2 && capitals / letters >= 0.8;
}

const NO_LETTERS = 0;
const HAS_LOWER = 1;
const CAPITALS_ONLY = 2;

/** Whether a word has letters, and any lower-case one: by char code for ASCII (the regexes cost most of
 * this function), by Unicode property otherwise. */
function findLetterCase(word: string): number {
  let hasLetter = false;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 128) return !/\p{L}/u.test(word) ? NO_LETTERS : /\p{Ll}/u.test(word) ? HAS_LOWER : CAPITALS_ONLY;
    if (code >= 97 && code <= 122) return HAS_LOWER;
    if (code >= 65 && code <= 90) hasLetter = true;
  }
  return hasLetter ? CAPITALS_ONLY : NO_LETTERS;
}

/** Reads every sentence of one document (token texts) once. */
export function buildDocumentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const context: DocumentContext = { seenLower: new Set(), seenCapitalisedInside: new Set(), longestRun: new Map() };
  for (const words of sentences) {
    const isCapitals = isCapitalsLine(words);
    words.forEach((w, i) => {
      if (isLowerOnly(w)) context.seenLower.add(w);
      else if (!isCapitals && i > 0 && isCapitalised(w)) context.seenCapitalisedInside.add(w);
    });
    if (!isCapitals) recordRuns(words, context.longestRun);
  }
  return context;
}

/** /^\p{Ll}+$/u, by char code for ASCII words (most of them): of ASCII, only a-z is \p{Ll}. */
function isLowerOnly(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 128) return /^\p{Ll}+$/u.test(word);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

function recordRuns(words: readonly string[], longestRun: DocumentContext["longestRun"]): void {
  let start = 0;
  for (let i = 0; i <= words.length; i += 1) {
    // An ASCII capital is a letter: the property test only for the rest.
    if (i < words.length && isCapitalised(words[i]) && (words[i].charCodeAt(0) < 128 || /\p{L}/u.test(words[i])))
      continue;
    const length = i - start;
    for (let j = start; length >= 2 && j < i; j += 1) {
      const known = longestRun.get(words[j]);
      if (known && known.length >= length) continue;
      longestRun.set(words[j], { position: j === start ? "B" : j === i - 1 ? "L" : "I", length });
    }
    start = i + 1;
  }
}
