// "A drone strike set fire to a fuel depot", "The blast destroyed two houses and set ablaze a market": an event
// noun that is the subject of another trigger's verb names what did that act, so the act is its effect, one
// incident with it (ACLED codes the fire with the strike that lit it, not as arson beside a strike with no
// target). A verb conjoined to one with such a subject shares it. Read from the parse; an unparsed sentence
// keeps two.
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import { childrenWith, headOf, headTokenOf, isNominal, type ParseTree, relationOf, uposOf } from "./parse-tree.js";

/** The incident of the event noun that is the subject of the mention's verb (or of the verb it is conjoined to). */
export function findEventSubjectIncident(
  tree: ParseTree,
  incidents: readonly Incident[],
  mention: TriggerMention,
): Incident | undefined {
  const subject = subjectOf(tree, verbOf(tree, mention.span));
  if (subject === undefined || !isNominal(tree, subject)) return undefined;
  const isSubjectEvent = (m: TriggerMention) =>
    m !== mention && m.sentence === mention.sentence && headTokenOf(tree, m.span) === subject;
  return incidents.find((incident) => incident.mentions.some(isSubjectEvent));
}

/**
 * The span's verb whose head lies outside it: "set" of "set fire to", whose "to" hangs on the object after
 * it, so the span's last outward token (headTokenOf) is no verb.
 */
function verbOf(tree: ParseTree, span: TriggerMention["span"]): number {
  const head = headTokenOf(tree, span);
  if (head < 0 || uposOf(tree, head) === "VERB") return head;
  for (let i = head - 1; i >= 0 && tree.tokens[i].start >= span.start; i--) {
    const up = headOf(tree, i);
    const isOutward = up < 0 || tree.tokens[up].start < span.start || tree.tokens[up].end > span.end;
    if (uposOf(tree, i) === "VERB" && isOutward) return i;
  }
  return head;
}

/** The verb's own subject, or, with none, the subject of the verb it is conjoined to ("destroyed ... and set ablaze"). */
function subjectOf(tree: ParseTree, verb: number): number | undefined {
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return undefined;
  const own = childrenWith(tree, verb, ["nsubj"])[0];
  if (own !== undefined || relationOf(tree, verb) !== "conj") return own;
  const head = headOf(tree, verb);
  return uposOf(tree, head) === "VERB" ? childrenWith(tree, head, ["nsubj"])[0] : undefined;
}
