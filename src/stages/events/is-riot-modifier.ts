// "riot police made gestures", "police in riot gear fired tear gas": a riot word that modifies the noun after
// it names the kind of force or kit, not a riot. Whether a riot took place is told by other words (the crowd's
// stones, the tear gas), which keep their own mentions. Read from the parse: unparsed sentences keep the mention.
import type { TriggerMention } from "./find-triggers.js";
import { headOf, headTokenOf, type ParseTree, relationOf } from "./parse-tree.js";

export function isRiotModifier(tree: ParseTree, mention: TriggerMention): boolean {
  if (mention.eventType !== "Riots") return false;
  const token = headTokenOf(tree, mention.span);
  if (token < 0 || relationOf(tree, token) !== "compound") return false;
  return headOf(tree, token) > token;
}
