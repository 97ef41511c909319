// "Between 10,000 and 15,000 people were killed in the city", "some 6,000 soldiers died in the battle for the
// town": a death toll of a war's scale (settings.warScaleCount) in a sentence that names no day sums up a war
// or a campaign of months, whatever the tense. It is a tally claim (find-tallies.ts), not one incident: ACLED
// codes each day's event from its own report, and a report that gives an incident's day with such a toll
// ("the attack on Sunday killed 1,200") keeps it. The toll is the trigger's own: its count span holds the
// trigger ("10,000 people were killed") or the trigger holds it.
import { type Doc, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";

const KILLED = "KILLED";
// A date of day precision (dates layer: 1 day, 2 week, 3 month).
const DAY_PRECISION = 1;

export function isWarScaleToll(doc: Doc, mention: TriggerMention, warScaleCount: number): boolean {
  const { start, end } = mention.span;
  const toll = spansOf(doc, "numbers").find(
    (n) => n.label === KILLED && n.start < end && start < n.end && (n.data?.best ?? 0) >= warScaleCount,
  );
  if (!toll) return false;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return !spansOf(doc, "dates").some(
    (d) => d.start >= sentence.start && d.end <= sentence.end && d.data?.precision === DAY_PRECISION,
  );
}
