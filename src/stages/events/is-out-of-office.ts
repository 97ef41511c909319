// "Fighters loyal to former president X attacked": a leader the text puts out of office stands for no
// state's forces (lexicon/actors/out-of-office-words.tsv says why). Read on the surface, right before the
// name: the modifier, then only words of office ("former prime minister X").
import type { Span } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";

export type OutOfOfficeWords = { modifiers: ReadonlySet<string>; titles: ReadonlySet<string> };

/** Words of office between the modifier and the name: "former prime minister X" has two. */
const MAX_TITLE_WORDS = 2;
/** Longer than a modifier and two words of office with their spaces. */
const LOOKBACK_CHARS = 40;

export function loadOutOfOfficeWords(): OutOfOfficeWords {
  const rows = readLexiconTable("actors/out-of-office-words.tsv");
  const part = (name: string) => new Set(rows.filter((r) => r.part === name).map((r) => r.word.toLowerCase()));
  return { modifiers: part("modifier"), titles: part("title") };
}

/** The name follows an out-of-office modifier, with at most two words of office between them. */
export function isOutOfOffice(text: string, name: Span, words: OutOfOfficeWords): boolean {
  const before = text.slice(Math.max(0, name.start - LOOKBACK_CHARS), name.start);
  // Words before the name, nearest first ("ex-president" is two).
  const preceding = before
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .reverse();
  let titles = 0;
  for (const word of preceding) {
    if (words.modifiers.has(word)) return true;
    if (!words.titles.has(word) || ++titles > MAX_TITLE_WORDS) return false;
  }
  return false;
}
