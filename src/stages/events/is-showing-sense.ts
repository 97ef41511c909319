// "The rookie demonstrated his father's touch", "the test demonstrated that the engine works": "demonstrate"
// with a direct object or a clause is "show"; a protest is intransitive ("workers demonstrated against the
// reform", "hundreds demonstrated in the capital"). Read from the parse, not from the report's genre.
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const SHOWING_STEM = "demonstrat";

export function isShowingSense(tree: ParseTree, mention: TriggerMention): boolean {
  if (mention.eventType !== "Protests") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  if (!wordOf(tree, predicate.token).startsWith(SHOWING_STEM)) return false;
  return childrenWith(tree, predicate.token, ["obj", "ccomp"]).length > 0;
}
