// "at least eight", "dozens of", "12", "more than 1,000" -> low / best / high.
import { readLexiconTable } from "../../lexicon.js";

export type Quantity = { low: number; best: number; high: number | null };

const WORDS = new Map(readLexiconTable("numbers/quantity-words.tsv").map((r) => [r.word, { low: +r.low, best: +r.best, high: +r.high }]));
const WORD_ALTERNATION = [...WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

/** A regex source for a quantity with an optional qualifier; group "qty" holds the number part. */
export const QUANTITY = `(?:(?:at\\s+least|more\\s+than|over|about|around|nearly|almost|up\\s+to|some|as\\s+many\\s+as)\\s+)?(?<qty>\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_ALTERNATION})`;

export function parseQuantity(phrase: string): Quantity | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const qualifier = /^(at least|more than|over|about|around|nearly|almost|up to|as many as)\s+/.exec(lower)?.[1];
  const core = qualifier ? lower.slice(qualifier.length).trim() : lower;
  const exact = /^\d[\d,]*$/.test(core) ? Number(core.replace(/,/g, "")) : undefined;
  const base = exact !== undefined ? { low: exact, best: exact, high: exact } : WORDS.get(core);
  if (!base) return null;
  switch (qualifier) {
    case "at least":
    case "more than":
    case "over":
      return { low: base.low, best: base.best, high: null };
    case "nearly":
    case "almost":
    case "up to":
    case "as many as":
      return { low: 0, best: base.best, high: base.high };
    default:
      return base;
  }
}
