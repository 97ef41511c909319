// Acts of one operation told with a bare "after" or "following": "troops retook the town after clashes
// with the insurgents", "soldiers recaptured Anka following heavy fighting", "they looted livestock after
// the killings". "after" only orders the two acts in time; when the same side does both, or the second is
// the fighting the first came out of, they are one incident (ACLED codes a retaking and the battle for it as
// one Battles event), not an answer and its cause. Only opposed sides, or the words that say so
// (response-cues), make a response: "airstrikes after the militants attacked the base".
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { isDefinite, isPointingSubject, verbOf } from "./is-back-reference.js";
import {
  caseOf,
  childrenOf,
  childrenWith,
  headTokenOf,
  type ParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";

// Prepositions that only order two acts in time ("following" as the parser reads it: a verb or a case).
const SEQUENCE_WORDS = new Set(["after", "following"]);
// "after" + at most three words + the trigger ("after fierce fighting", "following heavy fighting with"),
// as link-responses reads a bare "after".
const MAX_WORDS_BETWEEN = 3;
// Pronoun doers of the later-told act: they may point at the first act's doers or at those it was done to
// ("were arrested after they opened fire"), so they tell neither the same side nor the other.
const AMBIGUOUS_AGENTS = new Set(["they", "their", "it", "its", "he", "his", "she", "her", "them"]);
// Relations that name who did an act: a verb's subject, a noun's owner ("the group's attack", "their raid").
// Exact relations: a passive subject ("after two soldiers were killed") is who it was done to.
const AGENT_RELATIONS = new Set(["nsubj", "nmod:poss"]);
// The ACLED event type of fighting between two armed sides, of which a retaking or capture is the outcome.
const BATTLES = "Battles";
// Arrests and other state acts: done to the doers of an act, never its toll.
const STRATEGIC_DEVELOPMENTS = "Strategic developments";

/**
 * The mention told just before `mention` across a bare "after"/"following", when the two are acts of one
 * operation; undefined when there is none, the sentence is not parsed, or the sides are opposed.
 */
export function findOperationPartner(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  mentions: readonly TriggerMention[],
  settings: EventsSettings,
): TriggerMention | undefined {
  const earlier = mentions.filter((m) => m.sentence === mention.sentence && m.span.end <= mention.span.start);
  const first = earlier[earlier.length - 1];
  const from = first ? sequenceWordEnd(doc, tree, first, mention, settings) : -1;
  return first && from >= 0 && isSameOperation(tree, first, mention, from) ? first : undefined;
}

/**
 * The two acts are one operation: the same doers, or a taking and the fighting it came out of. `from`: where
 * the sequence word ends; the later act's doers stand after it ("after gunmen attacked", "after their
 * raid"), and a subject the parser hangs on it from before the word is the first act's.
 */
export function isSameOperation(tree: ParseTree, first: TriggerMention, later: TriggerMention, from: number): boolean {
  // "five villagers were killed after gunmen attacked the village": harm told in the passive with no doers is
  // what the later act did, its toll, not an answer to it. Not an arrest ("were detained after they opened
  // fire"): the state's act on the doers is an event of its own.
  if (first.eventType !== STRATEGIC_DEVELOPMENTS && isDoerlessPassive(tree, first)) return true;
  const firstAgent = agentOf(tree, first);
  const agent = agentOf(tree, later);
  const laterAgent = agent >= 0 && tree.tokens[agent].start >= from ? agent : -1;
  // Named doers decide: the same noun is the same side, another is the other side ("after the rebels
  // attacked"). A pronoun may point at either side ("detained 65 policemen after they attacked refugees").
  if (laterAgent >= 0 && !AMBIGUOUS_AGENTS.has(wordOf(tree, laterAgent)))
    return firstAgent >= 0 && wordOf(tree, firstAgent) === wordOf(tree, laterAgent);
  // "torched the market after killing 12 traders": a clause with no subject of its own has the first's.
  // Only after an active clause: a passive one ("were looted ... after fighting") names no doers to share.
  if (firstAgent >= 0 && isSubjectlessClause(tree, later)) return true;
  // "recaptured the town following heavy fighting": fighting with no doers named is the taking's own.
  // Only a taking told as a clause: "in a targeted attack ... after fighting" names the fighting before it.
  if (first.eventType === BATTLES && later.eventType === BATTLES && isClauseAct(tree, first)) return true;
  // "They looted livestock after the killings": the acts just told, by the doers the subject points back at.
  return firstAgent >= 0 && isPointingSubject(tree, firstAgent) && isDefiniteNoun(tree, later);
}

/**
 * Where the bare sequence word between the two mentions ends, or -1: at most a few words before the later
 * one, no stop or colon between, and the first within the distance a responder may stand from its cue.
 */
function sequenceWordEnd(
  doc: Doc,
  tree: ParseTree,
  first: TriggerMention,
  later: TriggerMention,
  settings: EventsSettings,
): number {
  const laterHead = headTokenOf(tree, later.span);
  let words = 0;
  for (let i = laterHead - 1; i >= 0 && tree.tokens[i].start >= first.span.end; i--) {
    if (SEQUENCE_WORDS.has(wordOf(tree, i))) {
      const gap = doc.text.slice(first.span.end, tree.tokens[i].start);
      const isNear = gap.length <= settings.responderMaxChars && !gap.includes(";") && !gap.includes(":");
      return isNear ? tree.tokens[i].end : -1;
    }
    if (tree.tokens[i].start < later.span.start && ++words > MAX_WORDS_BETWEEN) return -1;
    if (uposOf(tree, i) === "PUNCT") return -1;
  }
  return -1;
}

/** Who did the act: a verb's subject, a noun's owner; -1 when the text names nobody there. */
function agentOf(tree: ParseTree, mention: TriggerMention): number {
  const head = verbOf(tree, mention.span);
  if (head < 0) return -1;
  return childrenOf(tree, head).find((c) => AGENT_RELATIONS.has(relationOf(tree, c))) ?? -1;
}

/** "the killings", "the raid": an act the report already told. */
function isDefiniteNoun(tree: ParseTree, mention: TriggerMention): boolean {
  const head = headTokenOf(tree, mention.span);
  return head >= 0 && uposOf(tree, head) === "NOUN" && isDefinite(tree, head);
}

/**
 * "after killing 12 traders": an active verb with no subject at all, whose doers are the clause's it hangs
 * on. Not a passive one ("after being attacked by rebels"): its doers are the other side.
 */
function isSubjectlessClause(tree: ParseTree, mention: TriggerMention): boolean {
  const verb = verbOf(tree, mention.span);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  return childrenWith(tree, verb, ["nsubj", "csubj", "aux:pass", "obl:agent"]).length === 0;
}

/** "were killed", with no "by" naming who killed: a passive verb whose doers the clause leaves unsaid. */
function isDoerlessPassive(tree: ParseTree, mention: TriggerMention): boolean {
  const verb = verbOf(tree, mention.span);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  const isPassive = childrenWith(tree, verb, ["aux:pass", "nsubj:pass"]).length > 0;
  const hasAgent = childrenOf(tree, verb).some(
    (c) => relationOf(tree, c) === "obl:agent" || (relationOf(tree, c) === "obl" && caseOf(tree, c) === "by"),
  );
  return isPassive && !hasAgent;
}

/** "troops retook the town": the act is a verb, not a noun a phrase of the clause names. */
function isClauseAct(tree: ParseTree, mention: TriggerMention): boolean {
  const verb = verbOf(tree, mention.span);
  return verb >= 0 && uposOf(tree, verb) === "VERB";
}
