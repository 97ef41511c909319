// "The toll was the highest since May 10": a date after "since" or "than" that a superlative or
// comparative governs measures the event against another time; it is not when the event happened.
import { caseOf, childrenOf, headOf, headTokenOf, type ParseTree, uposOf, wordOf } from "./parse-tree.js";

export const COMPARISON_MARKERS = new Set(["since", "than"]);
// English superlatives and the ordinals used as such ("the first since", "the worst since").
const SUPERLATIVE = /^(?:\w+est|most|least|first|last|worst|best|more|less|fewer|\w+er)$/;

/** A superlative or comparative adjective or adverb ("deadliest", "worst", "more"). */
export function isComparingWord(tree: ParseTree, token: number): boolean {
  const tag = uposOf(tree, token);
  return (tag === "ADJ" || tag === "ADV") && SUPERLATIVE.test(wordOf(tree, token));
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
