// "A drone strike set fire to a fuel depot", "The blast destroyed two houses and set ablaze a market": an event
// noun that is the subject of another trigger's verb names what did that act, so the act is its effect, one
// incident with it (ACLED codes the fire with the strike that lit it, not as arson beside a strike with no
// target). A verb conjoined to one with such a subject shares it. Read from the parse; an unparsed sentence
// keeps two.
import { hasClauseBetween } from "./find-crowd-act-incident.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import {
  childrenWith,
  headOf,
  headTokenOf,
  isNominal,
  type ParseTree,
  relationOf,
  uposOf,
  verbTokenOf,
} from "./parse-tree.js";

const CROWD_TYPES = new Set(["Riots", "Protests"]);

/** The incident of the event noun that is the subject of the mention's verb (or of the verb it is conjoined to). */
export function findEventSubjectIncident(
  tree: ParseTree,
  incidents: readonly Incident[],
  mention: TriggerMention,
): Incident | undefined {
  const found = subjectOf(tree, verbTokenOf(tree, mention.span));
  if (!found) return undefined;
  const { subject, holder } = found;
  if (!isNominal(tree, subject) || hasClauseBetween(tree, subject, holder)) return undefined;
  // A crowd word ("an angry mob") names people, not an event: find-crowd-act-incident.ts reads it.
  const isSubjectEvent = (m: TriggerMention) =>
    m !== mention &&
    m.sentence === mention.sentence &&
    !CROWD_TYPES.has(m.eventType) &&
    headTokenOf(tree, m.span) === subject;
  return incidents.find((incident) => incident.mentions.some(isSubjectEvent));
}

/**
 * The verb's own subject, or, with none, the subject of the verb it is conjoined to ("destroyed ... and set
 * ablaze"); `holder` is the verb the subject hangs on, so the words between them are that verb's.
 */
function subjectOf(tree: ParseTree, verb: number): { subject: number; holder: number } | undefined {
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return undefined;
  const own = childrenWith(tree, verb, ["nsubj"])[0];
  if (own !== undefined) return { subject: own, holder: verb };
  if (isMisreadRelative(tree, verb)) return { subject: headOf(tree, verb), holder: verb };
  if (relationOf(tree, verb) !== "conj") return undefined;
  const head = headOf(tree, verb);
  if (uposOf(tree, head) === "VERB") {
    const subject = childrenWith(tree, head, ["nsubj"])[0];
    return subject === undefined ? undefined : { subject, holder: head };
  }
  // "An air strike destroyed a bridge and set ablaze houses, residents said" parsed with "destroyed" a
  // relative clause of "strike" and "set" conjoined to the noun: the noun is the subject of both.
  const relative = isNominal(tree, head)
    ? childrenWith(tree, head, ["acl"]).find((v) => v < verb && isMisreadRelative(tree, v))
    : undefined;
  return relative === undefined ? undefined : { subject: head, holder: relative };
}

/**
 * "An air strike destroyed a bridge" parsed as a reduced relative ("a strike [that] destroyed"): a relative
 * clause with no "that" and no "by" that takes an object is active, so the noun it hangs on did the act
 * ("the attack launched by militants" is passive and has no object).
 */
function isMisreadRelative(tree: ParseTree, verb: number): boolean {
  if (relationOf(tree, verb) !== "acl" || uposOf(tree, verb) !== "VERB") return false;
  const head = headOf(tree, verb);
  return head >= 0 && head < verb && isNominal(tree, head) && childrenWith(tree, verb, ["obj"]).length > 0;
}
