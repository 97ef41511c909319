// "The faction, which has pledged allegiance to Islamic State, ...": a tie of allegiance told in the perfect
// with no day of its own is the group's standing, background to the report, not a change to the group in the
// report's days. Read from the parse: the trigger's verb takes "has", "have" or "had", its words or object name
// a standing tie (lexicon/events/standing-relation-nouns.txt), and no date hangs on it. "pledged allegiance on
// Tuesday" (simple past, dated) is kept.
import type { Doc } from "../../doc.js";
import { findAttachedDate } from "./find-attached-date.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, headTokenOf, type ParseTree, wordOf } from "./parse-tree.js";

const PERFECT_AUXILIARIES = new Set(["has", "have", "had", "'s", "'ve", "'d"]);

export function isStandingRelation(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  standingNouns: ReadonlySet<string>,
): boolean {
  const verb = headTokenOf(tree, mention.span);
  if (verb < 0) return false;
  const isPerfect = childrenWith(tree, verb, ["aux"]).some((c) => PERFECT_AUXILIARIES.has(wordOf(tree, c)));
  if (!isPerfect) return false;
  const tie = childrenWith(tree, verb, ["obj"]).some((c) => standingNouns.has(wordOf(tree, c)));
  return tie && findAttachedDate(doc, tree, mention) === null;
}
