// Totals over a period that read-irrealis.ts's own reading (a period phrase on the predicate's clause head)
// misses where the parse hangs the phrase elsewhere. A total is many incidents summed, a tally claim
// (find-tallies.ts), never one incident: ACLED codes each day's event from its own report.
//  - "12 years of fighting", "three decades of war": the event noun is what a counted period is made of.
//  - "killed and injured since then": a shared modifier the parser hangs on the last conjunct.
//  - "have fought the army in the south since 1983": a perfect verb whose "since" phrase the parser hung on
//    a noun of its own clause ("the south since 1983"). The perfect is what makes "since" a span up to now.
//  - "has killed hundreds this year": a perfect verb with the period now running ("this year") in its own
//    clause, wherever the parser hangs it, is the running total of that period, never a day of it.
// The words are closed classes of English grammar: period units, the perfect auxiliary, "since".
import { spansOf } from "../../doc.js";
import { caseOf, childrenOf, headOf, isClausal, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

// Units of a period long enough that what happened in it is many incidents (as read-irrealis.ts's PERIODS).
const PERIOD_UNITS = new Set(["year", "years", "month", "months", "decade", "decades", "week", "weeks"]);
// "the past five years", "many months": words that make a period a stretch, not one date.
const STRETCH_WORDS = new Set(["past", "last", "recent", "previous", "several", "many"]);
const PERFECT = new Set(["has", "have", "had", "'s", "'ve", "'d"]);
// Superlatives that are not "-est" forms ("the worst attack since March"), closed class of English grammar.
const IRREGULAR_SUPERLATIVES = new Set(["worst", "best", "first", "most", "least", "last"]);
// What "since" starts when it is a span up to now: a date the dates layer found, or "then".
const SINCE_ANCHORS = new Set(["then"]);

/** "12 years of fighting", "the past two decades of war": the trigger token is the substance of a counted period. */
export function isPeriodSubstance(tree: ParseTree, token: number): boolean {
  const period = headOf(tree, token);
  if (period < 0 || !PERIOD_UNITS.has(wordOf(tree, period))) return false;
  const marker = caseOf(tree, token) ?? childrenOf(tree, token).find((c) => relationOf(tree, c) === "mark");
  const isOf = marker === "of" || (typeof marker === "number" && wordOf(tree, marker) === "of");
  if (!isOf) return false;
  // Only a counted period: a bare "months of protests" may be the background of the day's own gathering,
  // and reading it as a total cost CASE 2021 tune a protest snippet (0.837 -> 0.835).
  return childrenOf(tree, period).some(
    (m) => (relationOf(tree, m) === "nummod" && wordOf(tree, m) !== "one") || STRETCH_WORDS.has(wordOf(tree, m)),
  );
}

/** Conjuncts of a clause head that share its subject ("killed and injured"): their modifiers may be its own. */
export function sharedSubjectConjuncts(tree: ParseTree, head: number): number[] {
  return childrenOf(tree, head).filter(
    (c) =>
      relationOf(tree, c) === "conj" &&
      uposOf(tree, c) === "VERB" &&
      !childrenOf(tree, c).some((g) => relationOf(tree, g).startsWith("nsubj")),
  );
}

/** "have fought ... since 1983", "has shelled the town since then": a perfect verb with "since" in its own clause. */
export function hasPerfectSince(tree: ParseTree, head: number): boolean {
  return (
    isPerfectVerb(tree, head) &&
    clauseTokens(tree, head).some(
      (t) => wordOf(tree, t) === "since" && startsSpan(tree, t + 1) && !isAfterSuperlative(tree, t),
    )
  );
}

/** "has killed hundreds this year", "have been displaced this month": a perfect verb over the running period. */
export function hasPerfectRunningPeriod(tree: ParseTree, head: number): boolean {
  return isPerfectVerb(tree, head) && clauseTokens(tree, head).some((t) => isRunningPeriod(tree, t));
}

/** "this year": a period unit that "this" makes the one the report is written in. */
function isRunningPeriod(tree: ParseTree, token: number): boolean {
  return PERIOD_UNITS.has(wordOf(tree, token)) && childrenOf(tree, token).some((c) => wordOf(tree, c) === "this");
}

function isPerfectVerb(tree: ParseTree, head: number): boolean {
  return childrenOf(tree, head).some((c) => relationOf(tree, c) === "aux" && PERFECT.has(wordOf(tree, c)));
}

/**
 * "the heaviest attack since March", "the worst fighting since 2014": a "since" right after a noun a
 * superlative modifies measures that noun against the past; it is no span of the verb's, whatever the parse
 * hangs it on.
 */
export function isAfterSuperlative(tree: ParseTree, since: number): boolean {
  const noun = since - 1;
  if (noun < 0 || uposOf(tree, noun) !== "NOUN") return false;
  return childrenOf(tree, noun).some((m) => relationOf(tree, m) === "amod" && isSuperlative(tree, m));
}

function isSuperlative(tree: ParseTree, adjective: number): boolean {
  const word = wordOf(tree, adjective);
  if (IRREGULAR_SUPERLATIVES.has(word)) return true;
  // "most deadly": the adverb of degree on the adjective.
  if (childrenOf(tree, adjective).some((c) => IRREGULAR_SUPERLATIVES.has(wordOf(tree, c)))) return true;
  return uposOf(tree, adjective) === "ADJ" && word.length > 5 && word.endsWith("est");
}

/** The tokens of a head's own clause: its subtree without the clauses hung on it. */
function clauseTokens(tree: ParseTree, head: number): number[] {
  const found: number[] = [];
  const stack = [...childrenOf(tree, head)];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (isClausal(relationOf(tree, t)) || relationOf(tree, t) === "conj") continue;
    found.push(t);
    stack.push(...childrenOf(tree, t));
  }
  return found;
}

function startsSpan(tree: ParseTree, token: number): boolean {
  if (token >= tree.tokens.length) return false;
  if (SINCE_ANCHORS.has(wordOf(tree, token))) return true;
  const start = tree.tokens[token].start;
  return spansOf(tree.doc, "dates").some((d) => d.start <= start && start < d.end && d.data?.stated);
}
