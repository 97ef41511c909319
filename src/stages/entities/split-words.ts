// Words with offsets, for the name finder. A word keeps inner dots, apostrophes, hyphens and ampersands
// ("U.S.", "O'Neill", "al-Shuhada", "AT&T"); its trailing dot only when it is an initial or an
// abbreviation with inner dots ("J.", "U.S."), so a sentence's full stop stays outside the name.
import { scanWordSpans } from "./scan-word-spans.js";

export type Word = {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  isCapitalised: boolean;
  /** Opens a sentence, a line, or follows a quote or colon: capitalised there by position, not by name. */
  isInitial: boolean;
  /** Its sentence is written in capitals (a headline or dateline): case tells nothing there. */
  inCapsLine: boolean;
};

// Made once here, not as literals inside the loop (a literal is a new RegExp object each time it is reached).
/** An initial ("J.") or an abbreviation with inner dots ("U.S."): the trailing dot is the word's. */
const KEEPS_DOT = /^\p{L}\.$|\p{L}\.\p{L}/u;
/** Punctuation after which the next word is capitalised by position. */
const OPENS_SENTENCE = /^[.!?:"“(–—-]$/;

export function splitWords(text: string, start: number, end: number): Word[] {
  const slice = text.slice(start, end);
  const words: Word[] = [];
  let initial = true;
  // The matches of /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:\.(?=\s|$))?|[^\s\p{L}\p{N}]/gu (scan-word-spans.ts).
  const spans = scanWordSpans(slice);
  for (let k = 0; k < spans.length; k += 2) {
    let token = slice.slice(spans[k], spans[k + 1]);
    if (token.endsWith(".") && !KEEPS_DOT.test(token) && token.length > 1) token = token.slice(0, -1);
    const isWordlike = hasLetterOrDigit(token);
    const at = start + spans[k];
    const possessive = isPossessive(token) ? 2 : 0; // "Biden’s" -> "Biden" + "’s"
    words.push(makeWord(at, token.slice(0, token.length - possessive), initial));
    if (possessive) words.push(makeWord(at + token.length - 2, token.slice(-2), false));
    if (isWordlike) initial = false;
    else if (OPENS_SENTENCE.test(token)) initial = true;
  }
  markCapsLine(words);
  return words;
}

function makeWord(start: number, text: string, isInitial: boolean): Word {
  // A word with a digit ("F-15E", "2021") is a model or a number, never a name here.
  return {
    start,
    end: start + text.length,
    text,
    isCapitalised: isCapitalisedName(text),
    isInitial,
    inCapsLine: false,
  };
}

// The tests below run on every word of every report: ASCII by its char codes (most words), anything
// else by the Unicode properties the name finder was written with.

/** /[\p{L}\p{N}]/u */
function hasLetterOrDigit(token: string): boolean {
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    if (code >= 128) return /[\p{L}\p{N}]/u.test(token);
    if (isAsciiLetterOrDigit(code)) return true;
  }
  return false;
}

/** /.['’]s$/iu ("Biden’s", "NATO'S"): under /iu, "s" also matches "S" and the long s "ſ". A WORD match
 * holds no line break, so any character before the apostrophe will do. */
function isPossessive(token: string): boolean {
  const n = token.length;
  if (n < 3) return false;
  const last = token[n - 1];
  const apostrophe = token[n - 2];
  return (last === "s" || last === "S" || last === "ſ") && (apostrophe === "'" || apostrophe === "’");
}

/** /^\p{Lu}/u and no /\p{N}/u: a capitalised word without a digit. */
function isCapitalisedName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first < 128)) return /^\p{Lu}/u.test(text) && !/\p{N}/u.test(text);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return !/\p{N}/u.test(text);
    if (code >= 48 && code <= 57) return false;
  }
  return true;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A sentence whose letters are nearly all capitals (three words or more, or a lone capitalised word). */
function markCapsLine(words: Word[]): void {
  let lettered = 0;
  let upper = 0;
  for (const w of words) {
    if (!hasTwoLetters(w.text)) continue;
    lettered += 1;
    if (isUpperCase(w.text)) upper += 1;
  }
  if (lettered > 0 && upper / lettered >= 0.8 && (lettered >= 3 || upper === lettered)) {
    for (const w of words) w.inCapsLine = true;
  }
}

const TWO_LETTERS = /\p{L}{2}/u;

/** TWO_LETTERS.test(text): two ASCII letters in a row by their codes, anything else by the pattern. */
function hasTwoLetters(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return TWO_LETTERS.test(text);
    run = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/** text === text.toUpperCase(): for ASCII, no letter a-z (upper-casing changes nothing else). */
function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return text === text.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}
