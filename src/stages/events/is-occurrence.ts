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
  const before = withoutDates(doc, sentence.start, mention.span.start);
  const clause = before.split(/[;:,—–]\s|\bthat\b|\bwhich\b/).pop() ?? before;
  return clause.split(/\s+/).slice(-maxWords).join(" ");
}

/** The text from `start` to `end` with its dates blanked: the month in "MAY 20" is no modal "may". */
function withoutDates(doc: Doc, start: number, end: number): string {
  let text = doc.text.slice(start, end);
  for (const date of spansOf(doc, "dates")) {
    if (date.end <= start || date.start >= end) continue;
    const from = Math.max(date.start, start) - start;
    const to = Math.min(date.end, end) - start;
    text = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  }
  return text;
}
