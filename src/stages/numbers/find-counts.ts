// Counts of other things: "at least eight drone attacks", "three locations", "a number of U.S.
// contractors and other staff were treated for smoke inhalation", "police detained 12 suspects". Each
// becomes a COUNT span from the quantity to the counted noun, with data.counts saying what is counted
// (attacks, munitions, targets, people) and, for people, what happened to them when the text says so
// (arrested, abducted, treated, displaced). Only nouns in lexicon/numbers/counted-nouns.tsv are read,
// so "five years" or "two sides" never become counts.
import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import { isDayOfMonth } from "./is-time-number.js";
import type { NumberLexicons } from "./number-lexicons.js";
import type { QuantityReader } from "./parse-quantity.js";
import type { NumbersSettings } from "./settings.js";

// Words that end a noun phrase before its head is found ("two in Syria", "one of the").
const STOP = new Set([
  "and",
  "or",
  "of",
  "in",
  "on",
  "at",
  "to",
  "from",
  "by",
  "for",
  "with",
  "against",
  "after",
  "before",
  "since",
  "during",
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "who",
  "which",
  "that",
  "the",
  "than",
]);
const WORD = /\s+([\p{L}\d][\p{L}\d'’.-]*)/uy;
// "a rocket attack" is a mention, not a count.
const ARTICLES = new Set(["a", "an"]);

type Outcome = { outcome: string; after: RegExp; before: RegExp };
type CountContext = { nouns: ReadonlyMap<string, string>; outcomes: Outcome[]; settings: NumbersSettings };

export type CountFinder = (text: string) => LayerSpan<"numbers">[];

/** The count patterns compiled once from the lexicons and the quantities' pattern. */
export function createCountFinder(
  lexicons: NumberLexicons,
  quantities: QuantityReader,
  settings: NumbersSettings,
): CountFinder {
  const amount = new RegExp(`(?<![\\w.,-])${quantities.amount}(?=\\s)`, "gi");
  const context: CountContext = {
    nouns: lexicons.countedNouns,
    outcomes: compileOutcomes(lexicons, settings),
    settings,
  };
  return (text) => {
    const spans: LayerSpan<"numbers">[] = [];
    for (const m of findAllMatches(text, amount)) {
      if (ARTICLES.has(m[0].toLowerCase()) || isBareYear(m[0])) continue;
      if (isDayOfMonth(text, m.index!, settings.dayOfMonthLookbackChars)) continue;
      const head = findCountedHead(text, m.index! + m[0].length, context);
      const qty = head && quantities.parseAmount(m[0]);
      if (!head || !qty) continue;
      const outcome = head.counts === "people" ? findOutcome(text, m.index!, head.end, context) : undefined;
      const data = { ...qty, counts: outcome ?? head.counts, noun: head.noun };
      spans.push({ start: m.index!, end: head.end, label: "COUNT", by: "numbers/count", data });
    }
    return spans;
  };
}

function compileOutcomes(lexicons: NumberLexicons, settings: NumbersSettings): Outcome[] {
  const conjunct = `(?:and\\s+[\\w\\s'’.-]{1,${settings.outcomeConjunctMaxChars}}?\\s+)?`;
  return lexicons.countOutcomes.map((r) => ({
    outcome: r.outcome,
    after: new RegExp(
      `^\\s+${conjunct}(?:were|was|have\\s+been|had\\s+been|are\\s+being|were\\s+being)\\s+(?:\\w+\\s+)?(?:${r.after})\\b`,
      "i",
    ),
    before: new RegExp(`\\b(?:${r.before})\\s+$`, "i"),
  }));
}

// "the 2020 airstrikes": a bare four-digit number in the range of years is a year (counts that large are
// written with a comma in news style), whether or not the dates stage read it.
function isBareYear(amount: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(amount);
}

/** The counted noun after a quantity: the last listed noun of a compound ("drone attacks"). */
function findCountedHead(
  text: string,
  from: number,
  { nouns, settings }: CountContext,
): { noun: string; counts: string; end: number } | null {
  let head: { noun: string; counts: string; end: number } | null = null;
  WORD.lastIndex = from;
  for (let i = 0; i < settings.countedHeadMaxWords; i++) {
    const w = WORD.exec(text);
    if (!w) break;
    const word = w[1].toLowerCase().replace(/(?<![.’'])[.’']+$/, "");
    if (STOP.has(word)) break;
    const counts = nouns.get(word);
    if (counts)
      head = { noun: word, counts, end: WORD.lastIndex - (w[1].length - w[1].replace(/(?<![.’'])[.’']+$/, "").length) };
    else if (head) break;
  }
  return head;
}

function findOutcome(
  text: string,
  start: number,
  end: number,
  { outcomes, settings }: CountContext,
): string | undefined {
  const before = text.slice(Math.max(0, start - settings.outcomeLookbackChars), start);
  const after = text.slice(end, end + settings.outcomeLookaheadChars);
  return outcomes.find((o) => o.after.test(after) || o.before.test(before))?.outcome;
}
