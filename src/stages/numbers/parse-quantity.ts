// "at least eight", "dozens of", "12", "more than 1,000", "between 10 and 15" -> low / best / high.
import type { QuantityRange } from "./number-lexicons.js";

export type Quantity = { low: number; best: number; high: number | null };

/** Quantities as one lexicon of number words reads them, compiled once. */
export type QuantityReader = {
  /** A regex source for a range or a single quantity; the range is tried first so "10 to 15" is not read as "15". */
  amount: string;
  /** A phrase `amount` matched: a range or a single quantity, whichever it is. */
  parseAmount(phrase: string): Quantity | null;
  parseQuantity(phrase: string): Quantity | null;
  /** Both ends of a range; the best estimate is the lower end, ACLED's conservative rule. */
  parseRange(phrase: string): Quantity | null;
};

const DIGITS = "\\d{1,3}(?:,\\d{3})+|\\d+";
// "an estimated 40", "a further 12": the article belongs to the qualifier, and the count is 40, not "an" (1).
const QUALIFIERS =
  "at\\s+least|more\\s+than|over|about|around|nearly|almost|up\\s+to|some|as\\s+many\\s+as|roughly|approximately|an\\s+estimated|an\\s+additional|a\\s+further|another";
const LEADING_QUALIFIER = new RegExp(`^(${QUALIFIERS})\\s+`);

export function createQuantityReader(words: ReadonlyMap<string, QuantityRange>): QuantityReader {
  const wordAlternation = [...words.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|");
  const quantity = `(?:(?:${QUALIFIERS})\\s+)?(?<qty>${DIGITS}|${wordAlternation})`;
  // A range names both ends: "between 10 and 15", "10 to 15", "10-15", "two to three". Number words are
  // allowed only in the "between" and "to" forms: "one-two" is not a range in news prose. No named groups, so
  // it can sit beside `quantity`.
  const number = `(?:${DIGITS}|${wordAlternation})`;
  const range = `(?:between\\s+${number}\\s+and\\s+${number}|(?:from\\s+)?${number}\\s+to\\s+${number}|(?:${DIGITS})\\s*[-–]\\s*(?:${DIGITS}))`;
  const wholeRange = new RegExp(`^${range}$`, "i");
  const parseQuantity = (phrase: string) => readQuantity(phrase, words);
  const parseRange = (phrase: string) => readRange(phrase, words);
  return {
    amount: `(?:${range}|${quantity})`,
    parseAmount: (phrase) => (wholeRange.test(phrase.trim()) ? parseRange(phrase) : parseQuantity(phrase)),
    parseQuantity,
    parseRange,
  };
}

function readQuantity(phrase: string, words: ReadonlyMap<string, QuantityRange>): Quantity | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const qualifier = LEADING_QUALIFIER.exec(lower)?.[1];
  const core = qualifier ? lower.slice(qualifier.length).trim() : lower;
  // "some" alone is a vague word ("some 200" is "about 200").
  const base = parseNumber(core, words) ?? (qualifier === "some" ? words.get("some") : undefined);
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

function readRange(phrase: string, words: ReadonlyMap<string, QuantityRange>): Quantity | null {
  const lower = phrase
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(between|from) /, "");
  const [first, second] = lower.split(/ and | to |(?:(?<!\s)\s+)?[-–]\s*/);
  const low = parseNumber(first ?? "", words);
  const high = parseNumber(second ?? "", words);
  if (!low || !high || high.high < low.low) return null;
  return { low: low.low, best: low.best, high: high.high };
}

function parseNumber(core: string, words: ReadonlyMap<string, QuantityRange>): QuantityRange | undefined {
  if (/^\d[\d,]*$/.test(core)) {
    const n = Number(core.replace(/,/g, ""));
    return { low: n, best: n, high: n };
  }
  return words.get(core);
}
