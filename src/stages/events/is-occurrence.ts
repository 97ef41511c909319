// Not every trigger is an event that happened: "deter further attacks" (prevented), "were carrying out
// drone attacks" (habitual). We look at the words between the clause start and the trigger. Tallies
// ("at least eight drone attacks since April 14": a claim, not one incident) are find-tallies' to decide.
import type { Doc } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

const CUES = loadPatternLines("events/non-occurrence-cues.txt");

export function isOccurrence(doc: Doc, mention: TriggerMention, settings: EventsSettings): boolean {
  const before = clauseBefore(doc, mention, settings.occurrenceCueWords);
  return !CUES.some((cue) => cue.test(before));
}

/** Text from the last clause boundary (, ; : — or sentence start) to the trigger, at most `maxWords` words. */
function clauseBefore(doc: Doc, mention: TriggerMention, maxWords: number): string {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const before = doc.text.slice(sentence.start, mention.span.start);
  const clause = before.split(/[;:,—–]\s|\bthat\b|\bwhich\b/).pop() ?? before;
  return clause.split(/\s+/).slice(-maxWords).join(" ");
}
