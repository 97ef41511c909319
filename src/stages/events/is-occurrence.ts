// Not every trigger is an event that happened: "deter further attacks" (prevented), "were carrying out
// drone attacks" (habitual), "at least eight drone attacks since April 14" (a tally: a claim, not one
// incident). We look at the words between the clause start and the trigger.
import type { Doc } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import { parseQuantity, QUANTITY } from "../numbers/parse-quantity.js";
import type { TriggerMention } from "./find-triggers.js";

const CUES = loadPatternLines("events/non-occurrence-cues.txt");
const COUNT_BEFORE = new RegExp(`${QUANTITY}\\s+(?:[\\w'’-]+\\s+){0,3}$`, "i");
/** Between a count and a trigger, a verb means the count is of something else ("12 soldiers were killed"). */
const VERB_BETWEEN = /\b(?:have|has|had|were|was|are|is|been|who|which|that|did)\b/i;

export function isOccurrence(doc: Doc, mention: TriggerMention): boolean {
  const before = clauseBefore(doc, mention);
  if (CUES.some((cue) => cue.test(before))) return false;
  const trigger = doc.text.slice(mention.span.start, mention.span.end);
  return isActorNoun(trigger) || !isPluralNoun(trigger) || !isTally(before);
}

/** Only a plural noun is counted as incidents ("eight drone attacks"); "thousands marched" is one event. */
function isPluralNoun(trigger: string): boolean {
  return /s$/i.test(trigger);
}

/** "two suicide bombers", "160 soldiers have defected": the count is of people, not of incidents. */
function isActorNoun(trigger: string): boolean {
  return /(?:ers|ors|men)$/i.test(trigger);
}

/** "at least five militia drone attacks": more than one counted incident in one phrase. */
export function isTally(before: string): boolean {
  const match = COUNT_BEFORE.exec(before);
  if (!match?.groups?.qty || VERB_BETWEEN.test(match[0])) return false;
  const qty = parseQuantity(match[0].slice(0, match[0].indexOf(match.groups.qty) + match.groups.qty.length));
  return qty !== null && qty.best > 1;
}

/** Text from the last clause boundary (, ; : — or sentence start) to the trigger, at most ~8 words. */
function clauseBefore(doc: Doc, mention: TriggerMention): string {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const before = doc.text.slice(sentence.start, mention.span.start);
  const clause = before.split(/[;:,—–]\s|\bthat\b|\bwhich\b/).pop() ?? before;
  return clause.split(/\s+/).slice(-8).join(" ");
}
