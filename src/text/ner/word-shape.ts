// Word shapes: what a word looks like with its letters replaced by their class. They let the model
// generalise from "Smith" to "Kowalczyk" (Xxxxx) and from "1996" to "2031" (dddd).

/** Upper -> X, lower -> x, digit -> d, anything else kept: "McCain" -> "XxXxxxx". Long words keep their ends. */
export function findShape(word: string): string {
  let shape = "";
  for (const ch of word) shape += classOf(ch);
  return shape.length > 8 ? shape.slice(0, 4) + shape.slice(-4) : shape;
}

/** The shape with repeats collapsed: "McCain" -> "XxXx", "1996" -> "d". */
export function findShortShape(word: string): string {
  let shape = "";
  for (const ch of word) {
    const c = classOf(ch);
    if (!shape.endsWith(c)) shape += c;
  }
  return shape;
}

function classOf(ch: string): string {
  // ASCII first: most text is, and the Unicode property tests cost ten times more.
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return "X";
  if (code >= 97 && code <= 122) return "x";
  if (code >= 48 && code <= 57) return "d";
  if (code < 128) return ch;
  if (/\p{Lu}/u.test(ch)) return "X";
  if (/\p{Ll}/u.test(ch)) return "x";
  if (/\p{N}/u.test(ch)) return "d";
  return ch;
}

/** Coarse capitalisation class of a word: the evidence a name's letters give before any lexicon. */
export function findCapitalisation(word: string): string {
  if (ASCII_LOWER.test(word)) return "lower"; // most words: one cheap test instead of four
  if (ASCII_INITCAP.test(word)) return "initcap";
  if (!/\p{L}/u.test(word)) return /\p{N}/u.test(word) ? "num" : "punct";
  if (!/\p{Ll}/u.test(word)) return word.length === 1 ? "upper1" : "allcaps";
  if (/^\p{Lu}/u.test(word)) return /\p{Lu}/u.test(word.slice(1)) ? "mixed" : "initcap";
  return /\p{Lu}/u.test(word) ? "lowmixed" : "lower";
}

const ASCII_LOWER = /^[a-z]+$/;
const ASCII_INITCAP = /^[A-Z][a-z]+$/;

/** Whether a word starts with a capital letter (or is a capital-initial abbreviation). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}
