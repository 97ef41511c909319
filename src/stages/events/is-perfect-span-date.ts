// "Cross-border exchanges have intensified in recent weeks": a time hung on a present perfect spans the weeks
// up to the report, a trend's; it is no day of an act told in the sentences before (adoptFollowingDate in
// group-mentions.ts). Read from the parse: the date's verb has "has" or "have" as its auxiliary. A sentence
// with no event word is not parsed (pipeline.ts), so there the words right before the date are read: "has" or
// "have", an optional "been", and a participle, with at most a preposition between it and the date.
import type { LayerSpan, Span } from "../../doc.js";
import { headOf, headTokenOf, isPresentPerfect, type ParseTree, uposOf } from "./parse-tree.js";

const PERFECT_BEFORE = /\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en|wn)\s+(?:\w+\s+)?$/i;

export function isPerfectSpanDate(text: string, tree: ParseTree, date: LayerSpan<"dates">, sentence: Span): boolean {
  const token = headTokenOf(tree, date);
  if (token < 0) return PERFECT_BEFORE.test(text.slice(sentence.start, date.start));
  const verb = headOf(tree, token);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  return isPresentPerfect(tree, verb);
}
