// "Soldiers were deployed to help evacuate residents by boat", "troops were sent to rescue survivors": a force
// deployed for relief or rescue work (lexicon/events/relief-verbs.txt) answers a flood or a quake; ACLED codes
// no change to an armed group's activity for it (Codebook 2023, "Change to group/activity"). The purpose is
// the deployment verb's clause ("to rescue"), through "help" ("to help evacuate").
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const PURPOSE_ROLES = ["xcomp", "advcl"];
// "help", "assist" take the relief verb as their own clause.
const HELPING_VERBS = /^(?:help|assist|aid)$/i;

export function isReliefDeployment(tree: ParseTree, mention: TriggerMention, reliefVerbs: RegExp): boolean {
  if (mention.subEventType !== "Change to group/activity") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return false;
  return childrenWith(tree, predicate.token, PURPOSE_ROLES).some((purpose) => {
    if (reliefVerbs.test(wordOf(tree, purpose))) return true;
    if (!HELPING_VERBS.test(wordOf(tree, purpose))) return false;
    return childrenWith(tree, purpose, PURPOSE_ROLES).some((c) => reliefVerbs.test(wordOf(tree, c)));
  });
}
