// "the deadliest attack since a bombing in November", "the worst fighting since the ceasefire", "more
// protesters than at the rally in May": an event noun after "since" or "than" that a superlative or
// comparative governs is the yardstick the report measures its incident against, an earlier incident
// the report does not bring (ACLED coded it from the reports of its own days). The same reading as a
// comparison date (is-comparison-date.ts), asked of the event noun.
import type { Span } from "../../doc.js";
import { COMPARISON_MARKERS, isComparingWord, isComparisonDate } from "./is-comparison-date.js";
import { childrenOf, headOf, headTokenOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

// "the deadliest attack in the province since": the superlative's noun phrase, with its modifiers, stays
// within a few words of "since"; further back is another phrase.
const MAX_PHRASE_TOKENS = 8;
const PHRASE_BREAKS = new Set(["VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"]);

/** `mention`: a trigger mention (find-triggers.ts, which asks this while it finds them), or anything with its span. */
export function isComparisonMention(tree: ParseTree, mention: { span: Span }): boolean {
  const token = headTokenOf(tree, mention.span);
  if (token < 0) return false;
  // A verb after "since" is a clause of time ("since militants attacked the town"), not a yardstick; a
  // relative clause of the yardstick ("since a bombing in May that killed 80") tells the yardstick.
  if (uposOf(tree, token) === "VERB") return isYardstickClause(tree, token);
  return isComparisonDate(tree, mention.span) || followsComparedPhrase(tree, token);
}

function isYardstickClause(tree: ParseTree, verb: number): boolean {
  const noun = headOf(tree, verb);
  return relationOf(tree, verb).startsWith("acl") && noun >= 0 && followsComparedPhrase(tree, noun);
}

/**
 * The parser hangs "since a bombing" on whatever it likes (the verb, the place noun before it); the
 * order of words does not vary: superlative, its noun phrase, "since", the event's noun phrase.
 */
function followsComparedPhrase(tree: ParseTree, token: number): boolean {
  const marker = phraseStart(tree, token) - 1;
  if (marker < 0 || !COMPARISON_MARKERS.has(wordOf(tree, marker))) return false;
  for (let t = marker - 1; t >= 0 && t >= marker - MAX_PHRASE_TOKENS; t--) {
    if (PHRASE_BREAKS.has(uposOf(tree, t))) return false;
    if (isComparingWord(tree, t)) return true;
  }
  return false;
}

/** The first token of the noun phrase a noun heads, after its preposition: its leftmost dependent, recursively. */
function phraseStart(tree: ParseTree, token: number): number {
  const first = childrenOf(tree, token).find((c) => relationOf(tree, c) !== "case");
  return first !== undefined && first < token ? phraseStart(tree, first) : token;
}

/** "since a railway bombing in November": the yardstick's own date dates no incident of the report. */
export function isYardstickDate(tree: ParseTree, date: { start: number; end: number }): boolean {
  const token = headTokenOf(tree, date);
  const noun = token < 0 ? -1 : headOf(tree, token);
  return noun >= 0 && uposOf(tree, noun) === "NOUN" && followsComparedPhrase(tree, noun);
}
