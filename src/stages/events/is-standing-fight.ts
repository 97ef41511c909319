// "Algeria, fighting a vicious war against rebels, criticised Britain", "Egypt, which is also fighting armed
// militants": a fight still going on, told to say who a party is, is a standing state of the conflict, not an
// incident the report brings. Two shapes, read from the parse and the verb's form, not from the sentence's
// words: a fighting verb in "-ing" whose object is a conflict noun ("fighting a war", "waging an insurgency":
// the conflict itself, lexicon events/period-nouns.txt), and a present progressive in a relative clause
// ("which is fighting militants"), a description of the noun it hangs on. A past progressive ("were fighting
// rebels when...") narrates a time and is kept, as is a main clause in the present ("troops are fighting
// rebels near the town"), which reports the report's own day.
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const PAST_AUXILIARIES = new Set(["was", "were"]);
const PRESENT_AUXILIARIES = new Set(["is", "are", "am", "'s", "'re"]);

export function isStandingFight(tree: ParseTree, mention: TriggerMention, periodNouns: ReadonlySet<string>): boolean {
  if (mention.eventType !== "Battles") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || !wordOf(tree, predicate.token).endsWith("ing")) return false;
  const auxiliaries = childrenWith(tree, predicate.token, ["aux"]).map((t) => wordOf(tree, t));
  if (auxiliaries.some((a) => PAST_AUXILIARIES.has(a))) return false;
  const objects = childrenWith(tree, predicate.token, ["obj"]);
  if (objects.some((t) => periodNouns.has(wordOf(tree, t)))) return true;
  const isRelative = relationOf(tree, predicate.token) === "acl:relcl";
  return isRelative && auxiliaries.some((a) => PRESENT_AUXILIARIES.has(a));
}
