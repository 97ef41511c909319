// "at least eight", "dozens of", "12", "more than 1,000", "between 10 and 15" -> low / best / high.
import { readLexiconTable } from "../../lexicon.js";

export type Quantity = { low: number; best: number; high: number | null };

const WORDS = new Map(
  readLexiconTable("numbers/quantity-words.tsv").map((r) => [r.word, { low: +r.low, best: +r.best, high: +r.high }]),
);
const WORD_ALTERNATION = [...WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, "\\s+"))
  .join("|");
const DIGITS = "\\d{1,3}(?:,\\d{3})+|\\d+";
const QUALIFIERS =
  "at\\s+least|more\\s+than|over|about|around|nearly|almost|up\\s+to|some|as\\s+many\\s+as|roughly|approximately";

/** A regex source for a quantity with an optional qualifier; group "qty" holds the number part. */
export const QUANTITY = `(?:(?:${QUALIFIERS})\\s+)?(?<qty>${DIGITS}|${WORD_ALTERNATION})`;

// A range names both ends: "between 10 and 15", "10 to 15", "10-15", "two to three". Number words are
// allowed only in the "between" and "to" forms: "one-two" is not a range in news prose.
const NUMBER = `(?:${DIGITS}|${WORD_ALTERNATION})`;
/** A regex source for a stated range of counts (no named groups, so it can sit beside QUANTITY). */
export const RANGE = `(?:between\\s+${NUMBER}\\s+and\\s+${NUMBER}|(?:from\\s+)?${NUMBER}\\s+to\\s+${NUMBER}|(?:${DIGITS})\\s*[-–]\\s*(?:${DIGITS}))`;

/** A range or a single quantity; the range is tried first so "10 to 15" is not read as "15". */
export const AMOUNT = `(?:${RANGE}|${QUANTITY})`;
const WHOLE_RANGE = new RegExp(`^${RANGE}$`, "i");

/** A phrase AMOUNT matched: a range or a single quantity, whichever it is. */
export function parseAmount(phrase: string): Quantity | null {
  return WHOLE_RANGE.test(phrase.trim()) ? parseRange(phrase) : parseQuantity(phrase);
}

export function parseQuantity(phrase: string): Quantity | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const qualifier =
    /^(at least|more than|over|about|around|nearly|almost|up to|as many as|some|roughly|approximately)\s+/.exec(
      lower,
    )?.[1];
  const core = qualifier ? lower.slice(qualifier.length).trim() : lower;
  // "some" alone is a vague word ("some 200" is "about 200").
  const base = parseNumber(core) ?? (qualifier === "some" ? WORDS.get("some") : undefined);
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

/** Both ends of a range; the best estimate is the lower end, ACLED's conservative rule. */
export function parseRange(phrase: string): Quantity | null {
  const lower = phrase
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(between|from) /, "");
  const [first, second] = lower.split(/ and | to |(?:(?<!\s)\s+)?[-–]\s*/);
  const low = parseNumber(first ?? "");
  const high = parseNumber(second ?? "");
  if (!low || !high || high.high! < low.low) return null;
  return { low: low.low, best: low.best, high: high.high };
}

function parseNumber(core: string): { low: number; best: number; high: number } | undefined {
  if (/^\d[\d,]*$/.test(core)) {
    const n = Number(core.replace(/,/g, ""));
    return { low: n, best: n, high: n };
  }
  return WORDS.get(core);
}
