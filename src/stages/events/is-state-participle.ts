// "a captured tank roared out of the base", "tens of thousands of surrendered troops", "smoke rose from
// demolished buildings": a participle that modifies the noun after it tells the thing's state, not an act the
// report brings; the act, when it is one, is told by its own verb. Asked only of the types whose words are
// read this way (ground taken, a group's change, property destroyed); a "killed" or "abducted" before its
// noun is left to the casualty and victim readers. Read from the parse: unparsed sentences keep the mention.
import type { TriggerMention } from "./find-triggers.js";
import { headOf, headTokenOf, type ParseTree, relationOf } from "./parse-tree.js";

const STATE_TYPES = new Set([
  "Government regains territory",
  "Non-state actor overtakes territory",
  "Non-violent transfer of territory",
  "Change to group/activity",
  "Looting/property destruction",
]);

export function isStateParticiple(tree: ParseTree, mention: TriggerMention): boolean {
  if (!STATE_TYPES.has(mention.subEventType)) return false;
  const token = headTokenOf(tree, mention.span);
  if (token < 0 || relationOf(tree, token) !== "amod") return false;
  return headOf(tree, token) > token;
}
