// "Angry villagers pelted the police with rocks", "rampaging youths looted shops": a crowd named by a trigger
// of its own (a mob, rioting youths) that is the subject of another trigger's verb is who did that act. The
// crowd and its act are one incident (ACLED codes the crowd's violence as its riot or mob violence), not a
// riot with no act beside an act with no actor. Read from the parse; an unparsed sentence keeps two.
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import { childrenWith, headOf, headTokenOf, type ParseTree, relationOf, uposOf, verbTokenOf } from "./parse-tree.js";

/** Event types whose trigger can name the crowd itself ("a mob", "angry residents", "rioters"). */
const CROWD_TYPES = new Set(["Riots", "Protests"]);
// "rampaging youths": the crowd word may modify the subject instead of being it.
const MODIFIER_RELATIONS = new Set(["amod", "compound"]);

// Words that may stand between a subject and its verb: "have", "also", a comma.
const BETWEEN_RELATIONS = /^(?:aux|advmod|punct|cop)/;

/**
 * "An angry mob burned tyres, while gunmen abducted two men": a parse that hangs the first clause's subject on
 * the second verb puts the verb's other dependents (its clause "while gunmen") between them.
 */
export function hasClauseBetween(tree: ParseTree, subject: number, verb: number): boolean {
  for (let i = subject + 1; i < verb; i++)
    if (headOf(tree, i) === verb && !BETWEEN_RELATIONS.test(relationOf(tree, i))) return true;
  return false;
}

/** The incident of the crowd trigger that is the subject of the mention's verb, in its sentence. */
export function findCrowdActIncident(
  tree: ParseTree,
  incidents: readonly Incident[],
  mention: TriggerMention,
): Incident | undefined {
  const verb = verbTokenOf(tree, mention.span);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return undefined;
  // "protesters threw stones at officers and set fire to tyres": a conjoined verb shares its first verb's subject.
  const holder =
    childrenWith(tree, verb, ["nsubj"]).length === 0 && isVerbConjunct(tree, verb) ? headOf(tree, verb) : verb;
  const subject = childrenWith(tree, holder, ["nsubj"])[0];
  if (subject === undefined || hasClauseBetween(tree, subject, holder)) return undefined;
  const isCrowdSubject = (m: TriggerMention) => {
    if (m.sentence !== mention.sentence || !CROWD_TYPES.has(m.eventType)) return false;
    const crowd = headTokenOf(tree, m.span);
    if (crowd === subject) return true;
    return crowd >= 0 && headOf(tree, crowd) === subject && MODIFIER_RELATIONS.has(relationOf(tree, crowd));
  };
  return incidents.find((incident) => incident.mentions.some(isCrowdSubject));
}

function isVerbConjunct(tree: ParseTree, verb: number): boolean {
  return relationOf(tree, verb) === "conj" && uposOf(tree, headOf(tree, verb)) === "VERB";
}
