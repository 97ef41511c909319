// "in March", "March 30", "since early March": the month, not a march. The trigger lexicon matches
// without regard to case, and the dates stage leaves a month it cannot place in a year (no publication
// date, no year in the text) without a date span, so isInDate alone misses these. A capitalised month
// name is the month unless it stands in a name ("the Women's March", "the Long March", "the March on
// Rome"), which has a capitalised word, "'s" or "the" before it.
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";

// Month names that are also trigger words of the lexicon (lexicon/events/triggers.tsv).
const MONTHS = new Set(["March"]);
const NAME_CHAR = /[\p{L}.'’-]/u;
const UPPER = /\p{Lu}/u;
const POSSESSIVE_END = /['’]s?$/;
const THE_END = /\bthe$/;
const NUMBER_AFTER = /^\s+\d/;

export function isMonthName(doc: Doc, mention: TriggerMention): boolean {
  const word = doc.text.slice(mention.span.start, mention.span.end);
  if (!MONTHS.has(word)) return false;
  const before = doc.text.slice(Math.max(0, mention.span.start - 30), mention.span.start);
  // At the start of a sentence the capital says nothing; a day or a year after it still does.
  if (NUMBER_AFTER.test(doc.text.slice(mention.span.end, mention.span.end + 3))) return true;
  if (/^\s*$/.test(before) || /[.!?"“:]\s*$/.test(before)) return false;
  return !hasNameBefore(before);
}

/** A capitalised word, "the" or a possessive, then space, ends `before`. Read by hand from the end: as one
 * regex anchored at the end ("[\p{L}…]*\s+$") it backtracks quadratically on long runs of letters. */
function hasNameBefore(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  const word = trimmed.split(/\s/).pop() ?? "";
  if (POSSESSIVE_END.test(word) || THE_END.test(word)) return true;
  for (let i = word.length - 1; i >= 0 && NAME_CHAR.test(word[i]); i--) if (UPPER.test(word[i])) return true;
  return false;
}
