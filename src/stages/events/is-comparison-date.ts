// "The toll was the highest since May 10": a date after "since" or "than" that a superlative or
// comparative governs measures the event against another time; it is not when the event happened.
import { caseOf, childrenOf, headOf, headTokenOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

export const COMPARISON_MARKERS = new Set(["since", "than"]);
// English superlatives and the ordinals used as such ("the first since", "the worst since").
const SUPERLATIVE = /^(?:\w+est|most|least|first|last|worst|best|more|less|fewer|\w+er)$/;

// A superlative standing for its noun ("the deadliest in the region since"), which the tagger often calls a
// noun. Only "-est" and the irregular ones: "-er" would take "officer", "fighter" and "soldier".
const NOMINAL_SUPERLATIVE = /^(?:\w+est|most|least|first|last|worst|best)$/;
// Where such a phrase stands: the predicate of "was", an apposition ("..., the deadliest since"), or a root.
const NOMINAL_SUPERLATIVE_PLACES = new Set(["root", "appos"]);

/** A superlative or comparative adjective or adverb ("deadliest", "worst", "more"), or a superlative noun phrase. */
export function isComparingWord(tree: ParseTree, token: number): boolean {
  const tag = uposOf(tree, token);
  if (tag === "NOUN") return isNominalSuperlative(tree, token);
  return (tag === "ADJ" || tag === "ADV") && SUPERLATIVE.test(wordOf(tree, token));
}

/**
 * "It was the deadliest in the region since", "..., the deadliest since": a bare "the" + "-est" noun phrase
 * where a predicate or apposition stands. A noun that merely ends so ("the protest", "the arrest") comes with
 * a modifier of its own or stands elsewhere (subject, object).
 */
function isNominalSuperlative(tree: ParseTree, token: number): boolean {
  if (!NOMINAL_SUPERLATIVE.test(wordOf(tree, token))) return false;
  const children = childrenOf(tree, token);
  const hasThe = children.some((c) => relationOf(tree, c) === "det" && wordOf(tree, c) === "the");
  const isModified = children.some((c) => ["amod", "compound", "nmod:poss", "nummod"].includes(relationOf(tree, c)));
  const isPredicate = children.some((c) => relationOf(tree, c) === "cop");
  return hasThe && !isModified && (isPredicate || NOMINAL_SUPERLATIVE_PLACES.has(relationOf(tree, token)));
}

export function isComparisonDate(tree: ParseTree, date: { start: number; end: number }): boolean {
  const token = headTokenOf(tree, date);
  if (token < 0) return false;
  const marker = caseOf(tree, token) ?? (token > 0 ? wordOf(tree, token - 1) : "");
  if (!COMPARISON_MARKERS.has(marker)) return false;
  const head = headOf(tree, token);
  if (head < 0) return false;
  const candidates = [head, ...childrenOf(tree, head)];
  return candidates.some((t) => isComparingWord(tree, t));
}
