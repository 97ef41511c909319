// "Insurgents raided the village on Sunday. ... Hours later, troops retook the nearby town": a sentence that
// opens by placing its act a little after the one just told ("hours later", "later that day", "later in
// the day", "that night") names no day of its own, but its day is that act's. ACLED dates each event to its day, so the
// follow-on act takes the date of the incident told just before, as inferred, not stated, evidence.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";

// Openings that put an act within the same day as the act told before. Not "later", "then" or "days
// later" alone: those may be another day. Checked at the sentence's start only, before the act's clause.
const SAME_DAY_SEQUEL =
  /^\W*(?:(?:hours|minutes|moments)\s+later|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|night|evening|morning|afternoon)|that\s+(?:same\s+)?(?:night|evening|afternoon)|shortly\s+(?:after(?:wards)?|afterwards)|soon\s+afterwards?)\b/i;

// Anywhere in the sentence, words that name the day of the act told before ("struck ... on the same day"): an
// anaphor, never another day, so not only at the opening.
const SAME_DAY_ANAPHOR =
  /\b(?:(?:on\s+)?(?:that|the)\s+same\s+(?:day|night|evening|morning|afternoon)|(?:later|earlier)\s+(?:that|in\s+the)\s+(?:day|night))\b/i;

// Openings that put an act on another day than the act told before: never a moment of that incident.
const OTHER_DAY_SEQUEL =
  /^\W*(?:(?:days|weeks|months)\s+later|(?:a|one|two|three)\s+(?:days?|weeks?)\s+later|the\s+(?:next|following)\s+(?:day|morning|night|week))\b/i;

/** The date of the incident told just before, when the mention's sentence opens as its same-day sequel or names
 * that day ("on the same day"). */
export function findSequelDate(
  doc: Doc,
  mention: TriggerMention,
  latest: Incident | undefined,
): LayerSpan<"dates"> | null {
  if (!latest?.date || latest.sentences.has(mention.sentence)) return null;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const isSequel =
    SAME_DAY_SEQUEL.test(doc.text.slice(sentence.start, mention.span.start)) ||
    SAME_DAY_ANAPHOR.test(doc.text.slice(sentence.start, sentence.end));
  return isSequel ? latest.date : null;
}

/** "Days later, the rebels captured ...": the sentence opens by putting its act on another day. */
export function opensOnAnotherDay(doc: Doc, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return OTHER_DAY_SEQUEL.test(doc.text.slice(sentence.start, mention.span.start));
}
