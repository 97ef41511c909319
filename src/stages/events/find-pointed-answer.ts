// "Hezbollah fired rockets at a base in response to the strike": the answered incident is named only by a
// pointing noun phrase ("the strike", "Tuesday's attack", "this bombing") that is no trigger of its own.
// Such a phrase points at the incident the report told last before the responder, as "the attack" does
// elsewhere (is-back-reference.ts): that incident is the one answered.
import type { Doc, EventDraft, Span } from "../../doc.js";
import { INCIDENT_NOUNS } from "./is-back-reference.js";

// A determiner that points back, or a possessive ("Tuesday's strike", "the group's attack").
const POINTING = /^(?:the|this|that|these|those|[\p{L}]+['’]s)$/iu;
// Words between the determiner and the noun: "the deadly drone strike".
const MAX_MODIFIERS = 2;
const WORD = /[\p{L}'’-]+/gu;

export type PointedAnswer = { event: number; span: Span };

/** The event a cue's pointing noun phrase names, told before the responder, or null. */
export function findPointedAnswer(
  doc: Doc,
  cue: Span,
  responder: Span,
  events: EventDraft[],
  responderEvents: number[],
): PointedAnswer | null {
  const phrase = readPointingPhrase(doc, cue.end);
  if (!phrase) return null;
  let latest = -1;
  events.forEach((event, i) => {
    const isBefore = event.trigger.end <= responder.start;
    if (isBefore && !responderEvents.includes(i) && (latest < 0 || event.trigger.start > events[latest].trigger.start))
      latest = i;
  });
  return latest < 0 ? null : { event: latest, span: phrase };
}

/** "the strike" right after the cue: a pointing word, at most two modifiers, an incident noun. */
export function readPointingPhrase(doc: Doc, from: number): Span | null {
  const words = [...doc.text.slice(from, from + 80).matchAll(WORD)];
  if (words.length === 0 || !POINTING.test(words[0][0]) || /[.,;:]/.test(doc.text.slice(from, from + words[0].index!)))
    return null;
  for (const word of words.slice(1, MAX_MODIFIERS + 2)) {
    const gap = doc.text.slice(from + words[0].index!, from + word.index!);
    if (/[.,;:]/.test(gap)) return null;
    const singular = word[0].toLowerCase().replace(/s$/, "");
    if (INCIDENT_NOUNS.test(singular))
      return {
        start: from + words[0].index!,
        end: from + word.index! + word[0].length,
        label: "ANSWERED",
        by: "events/find-pointed-answer",
      };
  }
  return null;
}
