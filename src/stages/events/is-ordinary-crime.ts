// "A novelist was murdered at her home", "a gunman shot dead a shopkeeper during a robbery", "police arrested
// a 19-year-old over the burglary": ACLED codes no event for ordinary criminal violence unless a political
// actor or motive is named (ACLED Codebook 2023). A report is a crime report when it names a crime
// (lexicon/events/crime-cues.txt) and no political or armed actor, target or motive: no actor entity the
// lexicon knows ("Boko Haram", "the Iraqi military") and none of lexicon/events/political-cues.txt
// ("militants", "troops", "protesters", "an opposition politician"). There an attack, a clash, an abduction,
// a sexual assault or an arrest is the crime's; an explosion is left to the other filters (a bomb is rarely
// a robber's). Violence whose agent is the state's ("police shot dead six robbery suspects") is coded by
// ACLED whatever the victims did, and stays.
import { type Doc, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { type ParseTree, wordOf } from "./parse-tree.js";
import type { QuietLexicons } from "./quiet-lexicons.js";
import { readPredicate } from "./read-predicate.js";

/** The event types a crime's violence takes (is-lone-offence.ts reads them too). */
export const CRIME_EVENT_TYPES = new Set(["Violence against civilians", "Battles"]);
// Kinds of actor noun (lexicon/actors/actor-nouns.tsv) of the state's forces: their violence is coded.
const STATE_FORCES = new Set(["police", "military"]);

// Kinds of actor noun whose group, named in the plural, is an armed or political actor ("gunmen attacked the
// village", "the attackers also stole cattle"); a lone "gunman" or "attacker" may be a robber.
const GROUP_KINDS = new Set(["armed group", "military", "protesters", "rioters"]);

/** `namesPoliticalSide`: what namesPoliticalSide found, read once a report by the stage. */
export function isCrimeReport(doc: Doc, lexicons: QuietLexicons, namesPoliticalSide: boolean): boolean {
  return !namesPoliticalSide && lexicons.crimeCues.some((cue) => cue.test(doc.text));
}

/** Whether the report names any political or armed actor, target or motive: an actor entity or a cue. */
export function namesPoliticalSide(doc: Doc, lexicons: QuietLexicons, nouns: ActorNouns): boolean {
  if (spansOf(doc, "entities").some((e) => e.label === "ACTOR")) return true;
  if (lexicons.politicalCues.some((cue) => cue.test(doc.text))) return true;
  return namesArmedGroup(doc.text, nouns);
}

function namesArmedGroup(text: string, nouns: ActorNouns): boolean {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (word) => /(?:s|men)$/.test(word) && GROUP_KINDS.has(nouns.kinds.get(word) ?? ""),
  );
}

/** A trigger of an attack, a clash or an arrest, the kinds of event a crime report tells, not done by the state. */
export function isCrimeEvent(tree: ParseTree, mention: TriggerMention, nouns: ActorNouns): boolean {
  if (mention.subEventType === "Arrests") return true;
  return CRIME_EVENT_TYPES.has(mention.eventType) && !hasStateAgent(tree, mention, nouns);
}

/** "police shot two suspects", "soldiers killed": the predicate's agent is a noun of the state's forces. */
function hasStateAgent(tree: ParseTree, mention: TriggerMention, nouns: ActorNouns): boolean {
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return false;
  return [...predicate.anchors].some(
    ([token, role]) => role === "agent" && STATE_FORCES.has(nouns.kinds.get(wordOf(tree, token)) ?? ""),
  );
}
