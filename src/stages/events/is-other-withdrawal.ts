// "tried to withdraw cash from state coffers", "the party withdrew its candidate from the race": a withdrawal
// is a force's movement (ACLED: a change to a group's activity, or ground given up) when a force withdraws, or
// withdraws its troops. A withdrawal whose object is no force and no named group (money, a candidate, a bill,
// support) is the verb's other sense. "The army withdrew its troops", "rebels withdrew from the town" stay.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { type ActorNouns, actorKindOf } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const WITHDRAWING = /^withdr(?:aw|aws|awing|awn|ew)$/i;
const FORCES = new Set(["military", "police", "armed group"]);

export function isOtherWithdrawal(doc: Doc, tree: ParseTree, mention: TriggerMention, nouns: ActorNouns): boolean {
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  if (!WITHDRAWING.test(wordOf(tree, predicate.token))) return false;
  const object = childrenWith(tree, predicate.token, ["obj"])[0];
  if (object === undefined || !/^(?:NOUN|PRON)$/.test(uposOf(tree, object))) return false;
  const kind = actorKindOf(tree, object, nouns);
  if (kind !== undefined && FORCES.has(kind)) return false;
  return !overlapsAny([...spansOf(doc, "entities"), ...spansOf(doc, "places")], tree.tokens[object]);
}
