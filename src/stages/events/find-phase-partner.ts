// Phases of one attack: "the assault began with a suicide bombing and was followed by a gun battle". The
// bombing and the gun battle are how the assault went, not two more incidents; ACLED codes an attack of several
// tactics as one event. Read from the parse: the phase is the "with" of a verb of beginning, or the "by" of
// "followed", and the attack is that verb's subject, whether or not the attack word is a trigger itself.
// Grouping runs first, so a phase still finds the incident its sentence retells ("Friday's attack ... began
// with"); then the incidents that hold two phases of one attack become one.

import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import { caseOf, childrenWith, headOf, headTokenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import type { ResponsePairs } from "./response-pairs.js";

// Verbs whose "with" names the first part of their subject ("opened with", "began with"); a closed class of
// English aspect verbs, not a list fitted to any data.
const BEGINNING_VERBS = new Set(["began", "begun", "begins", "begin", "started", "starts", "start", "opened", "opens"]);
const FOLLOWING_VERB = "followed";

/** The incidents with their phase-linked ones folded into the first told; the rest unchanged, in order. */
export function joinPhases(
  tree: ParseTree,
  incidents: Incident[],
  mentions: readonly TriggerMention[],
  pairs: ResponsePairs,
): Incident[] {
  const incidentOf = (m: TriggerMention) => incidents.find((i) => i.mentions.includes(m));
  const folded = new Set<Incident>();
  for (const mention of mentions) {
    const partner = findPhasePartner(tree, mention, mentions);
    const into = partner && incidentOf(partner);
    const from = incidentOf(mention);
    if (!into || !from || into === from || from.mentions.some((m) => pairs.isApart(into, m))) continue;
    const [first, second] = incidents.indexOf(into) < incidents.indexOf(from) ? [into, from] : [from, into];
    first.mentions.push(...second.mentions);
    for (const sentence of second.sentences) first.sentences.add(sentence);
    first.date ??= second.date;
    second.mentions = [];
    folded.add(second);
  }
  const kept = folded.size === 0 ? incidents : incidents.filter((i) => !folded.has(i));
  for (const incident of kept) putWholeFirst(tree, incident);
  return kept;
}

/**
 * "ADF fighters attacked the post ... The attack began with shelling and was followed by a gun battle on
 * Wednesday, the army said": the dated phase was put first as the fuller telling of the undated lead, and the
 * first mention gives the record its trigger and first actors. The whole names who attacked whom; a phase
 * only how, so the mentions that are no phase lead, in their order, and the phases follow.
 */
function putWholeFirst(tree: ParseTree, incident: Incident) {
  const isPhase = (m: TriggerMention) => wholeOfPhase(tree, headTokenOf(tree, m.span)) >= 0;
  const wholes = incident.mentions.filter((m) => !isPhase(m));
  if (wholes.length === 0 || wholes.length === incident.mentions.length) return;
  incident.mentions = [...wholes, ...incident.mentions.filter(isPhase)];
}

/**
 * The mention told before `mention` in its sentence that is the same attack or another phase of it, or
 * undefined when `mention` is no phase or the sentence is not parsed.
 */
function findPhasePartner(
  tree: ParseTree,
  mention: TriggerMention,
  mentions: readonly TriggerMention[],
): TriggerMention | undefined {
  const whole = wholeOfPhase(tree, headTokenOf(tree, mention.span));
  if (whole < 0) return undefined;
  const earlier = mentions.filter((m) => m.sentence === mention.sentence && m.span.end <= mention.span.start);
  return earlier.find((m) => {
    const head = headTokenOf(tree, m.span);
    return head === whole || (head >= 0 && wholeOfPhase(tree, head) === whole);
  });
}

/** The token of what `phase` is a part of: the subject of the verb of beginning or following, or -1. */
export function wholeOfPhase(tree: ParseTree, phase: number): number {
  if (phase < 0) return -1;
  const verb = headOf(tree, phase);
  if (verb < 0) return -1;
  const word = wordOf(tree, verb);
  const isBeginning = BEGINNING_VERBS.has(word) && relationOf(tree, phase) === "obl" && caseOf(tree, phase) === "with";
  const isFollowing = word === FOLLOWING_VERB && relationOf(tree, phase) === "obl:agent";
  if (!isBeginning && !isFollowing) return -1;
  return subjectOf(tree, verb);
}

/** The verb's subject, or the subject of the verb it is conjoined to ("began with X and was followed by Y"). */
function subjectOf(tree: ParseTree, verb: number): number {
  const [subject] = childrenWith(tree, verb, ["nsubj"]);
  if (subject !== undefined) return subject;
  if (relationOf(tree, verb) !== "conj") return -1;
  const first = headOf(tree, verb);
  return first >= 0 ? (childrenWith(tree, first, ["nsubj"])[0] ?? -1) : -1;
}
