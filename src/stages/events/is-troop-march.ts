// "Russian troops marched into the town", "soldiers marched through the capital in a parade", "the rebels
// rallied near the border": marching and rallying are what an armed force does when it moves or regroups, a
// demonstration only when a crowd does it. A march or rally verb whose subject is soldiers or fighters tells
// no protest (ACLED's demonstrations are crowds'). "Soldiers protested over unpaid pay" is still a protest:
// only these two verbs have a military sense.
import { type ActorNouns, actorKindOf } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const MOVING_VERBS = /^(?:march(?:es|ed|ing)?|rall(?:y|ies|ied|ying))$/i;
const FORCES = new Set(["military", "armed group"]);

export function isTroopMarch(tree: ParseTree, mention: TriggerMention, nouns: ActorNouns): boolean {
  if (mention.eventType !== "Protests") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  if (!MOVING_VERBS.test(wordOf(tree, predicate.token))) return false;
  const subject = subjectOf(tree, predicate.token);
  if (subject < 0) return false;
  const kind = actorKindOf(tree, countedNoun(tree, subject), nouns);
  return kind !== undefined && FORCES.has(kind);
}

/** The verb's subject; "troops marched into the town" may come out with the verb hung on the noun (acl). */
function subjectOf(tree: ParseTree, verb: number): number {
  const subject = childrenWith(tree, verb, ["nsubj"])[0];
  if (subject !== undefined) return subject;
  return relationOf(tree, verb) === "acl" ? headOf(tree, verb) : -1;
}

/** "Hundreds of soldiers": the noun a quantity word counts. */
function countedNoun(tree: ParseTree, head: number): number {
  const counted = childrenWith(tree, head, ["nmod"]).find((c) => caseOf(tree, c) === "of");
  return counted ?? head;
}
