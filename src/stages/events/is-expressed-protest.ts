// "Jewish groups voiced protest at the invitation", "the ministry lodged a protest with the ambassador": a
// protest noun that is the object of a verb of expressing (lexicon/events/expressing-verbs.txt) is a
// statement of disapproval, not a crowd in the street; ACLED codes no demonstration for it.
import type { TriggerMention } from "./find-triggers.js";
import { headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

export function isExpressedProtest(tree: ParseTree, mention: TriggerMention, expressingVerbs: RegExp): boolean {
  if (mention.eventType !== "Protests") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || !/^(?:NOUN|PROPN)$/.test(uposOf(tree, predicate.token))) return false;
  if (relationOf(tree, predicate.token) !== "obj") return false;
  const verb = headOf(tree, predicate.token);
  return verb >= 0 && uposOf(tree, verb) === "VERB" && expressingVerbs.test(wordOf(tree, verb));
}
