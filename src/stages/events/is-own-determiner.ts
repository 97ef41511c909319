// "the airstrikes", "this month's airstrike": a determiner before a trigger makes it a back-reference only
// when it belongs to the trigger's own noun phrase. In "Fighters of the Allied Democratic Forces attacked an
// army post" the "the" heads "Forces", the subject of the verb trigger, and the verb tells a new event. A
// word window cannot tell the two apart; the parse can: the determiner's chain of heads reaches the trigger
// without leaving the words between them.
import type { TriggerMention } from "./find-triggers.js";
import { headOf, headTokenOf, type ParseTree } from "./parse-tree.js";

/**
 * Whether the determiner phrase that opens at `from` (the start of "the ... " before the trigger) hangs on the
 * trigger in the parse. True when the sentence is not parsed: the word window's answer stands.
 */
export function isOwnDeterminer(tree: ParseTree, mention: TriggerMention, from: number): boolean {
  const trigger = headTokenOf(tree, mention.span);
  const determiner = headTokenOf(tree, { start: from, end: from + 1 });
  if (trigger < 0 || determiner < 0) return true;
  let token = determiner;
  // Every step stays among the words from the determiner to the trigger: a noun phrase's own words.
  while (token >= 0 && tree.tokens[token].start >= from && tree.tokens[token].start < mention.span.end) {
    if (token === trigger) return true;
    token = headOf(tree, token);
  }
  return false;
}
