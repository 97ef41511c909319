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
  const verb = verbTokenOf(tree, mention.span);
  const subject = subjectOf(tree, verb);
  if (subject === undefined || !isNominal(tree, subject) || hasClauseBetween(tree, subject, verb)) return undefined;
  // A crowd word ("an angry mob") names people, not an event: find-crowd-act-incident.ts reads it.
  const isSubjectEvent = (m: TriggerMention) =>
    m !== mention &&
    m.sentence === mention.sentence &&
    !CROWD_TYPES.has(m.eventType) &&
    headTokenOf(tree, m.span) === subject;
  return incidents.find((incident) => incident.mentions.some(isSubjectEvent));
}

/** The verb's own subject, or, with none, the subject of the verb it is conjoined to ("destroyed ... and set ablaze"). */
function subjectOf(tree: ParseTree, verb: number): number | undefined {
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return undefined;
  const own = childrenWith(tree, verb, ["nsubj"])[0];
  if (own !== undefined || relationOf(tree, verb) !== "conj") return own;
  const head = headOf(tree, verb);
  return uposOf(tree, head) === "VERB" ? childrenWith(tree, head, ["nsubj"])[0] : undefined;
}
