// The frames that make a capitalised gazetteer name a place mention: a locative word before it ("in
// Erbil", "near the town of Baghdad") or a "Town, State" pair after it ("Erbil, Iraq", "Washington,
// D.C."). The places stage reads them as strong evidence; the entities stage leaves a town in such a
// frame to the places stage instead of hiding it under a LOC span. One rule serves both.
import { LOCATIVE_PREPOSITIONS } from "./locative-prepositions.js";

// Word lists joined into alternations of plain words: no quantifier inside one, so the pattern stays linear.
const DIRECTION_WORDS = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"];
const VISIT_WORDS = ["visited?", "based"];
const AREA_WORDS = [
  "city",
  "town",
  "village",
  "district",
  "province",
  "governorate",
  "region",
  "area",
  "state",
  "county",
  "capital",
  "suburb",
  "outskirts",
];
const LOCATIVE_BEFORE = new RegExp(
  `\\b(?:${[...LOCATIVE_PREPOSITIONS, ...DIRECTION_WORDS, ...VISIT_WORDS].join("|")})\\s+(?:the\\s+)?(?:(?:${AREA_WORDS.join("|")})\\s+of\\s+)?$`,
  "i",
);
const AREA_WORD_SET = new Set(AREA_WORDS);
const PAIR_AFTER = /^,\s*(?:\p{Lu}|D\.C\.)/u;

/** "in", "near", "north of the town of" … right before `start`. */
export function isLocativeFrame(text: string, start: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** A comma and a capitalised container right after `end`: "Erbil, Iraq". */
export function isPairFrame(text: string, end: number): boolean {
  return PAIR_AFTER.test(text.slice(end, end + 4));
}

export function isPlacesFrame(text: string, start: number, end: number): boolean {
  return isLocativeFrame(text, start) || isPairFrame(text, end);
}

/** "city", "province", "capital": a word that names the kind of place a name after "of" is ("the port city of X"). */
export function isAreaWord(word: string): boolean {
  return AREA_WORD_SET.has(word.toLowerCase());
}
