// "Farmers blocked the main road into Basra on Monday to protest against water cuts": a trigger that is the
// purpose of another act ("to protest") happened where that act did, and the act's clause comes before it.
// The place reader looks after a trigger (locate-event.ts); this fallback, tried only when the trigger's own
// clause names no place, takes the finest place of the host clause: from the sentence's start, or the
// previous trigger's end, to the "to". Read from the words, not the parse: the parser often hangs the
// infinitive on the wrong noun. The place is stated: the sentence names it for this act.
import { type Doc, type Field, type LayerSpan, type PlaceValue, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { placeValue } from "./locate-at-residence.js";

// Place labels that can locate an event, most precise first (as locate-event.ts ranks them).
const RANK: Record<string, number> = { TOWN: 0, ADMIN1: 1, REGION: 2, BORDER: 2, COUNTRY: 3 };
/** The infinitive marker right before the trigger, after blanks. */
const INFINITIVE_BEFORE = /\bto\s+$/i;
/** Characters before the trigger that can hold "to ". */
const MARKER_CHARS = 4;

export function locatePurposeHost(
  doc: Doc,
  mentions: readonly TriggerMention[],
  all: readonly TriggerMention[],
): Field<PlaceValue> | null {
  const sentences = spansOf(doc, "sentences");
  for (const mention of mentions) {
    if (!isPurposeTrigger(doc, mention.span)) continue;
    const sentence = sentences[mention.sentence];
    const previous = all.findLast((m) => m.sentence === mention.sentence && m.span.end <= mention.span.start);
    const start = Math.max(sentence.start, previous?.span.end ?? 0);
    const place = finestPlace(doc, start, mention.span.start);
    if (place) return { value: placeValue(place), evidence: [place], stated: true };
  }
  return null;
}

/** "to protest": the infinitive marker stands right before the trigger. */
export function isPurposeTrigger(doc: Doc, trigger: { start: number; end: number }): boolean {
  return INFINITIVE_BEFORE.test(doc.text.slice(Math.max(0, trigger.start - MARKER_CHARS), trigger.start));
}

/** The finest place, the last of those as fine ("travelled from X to Y to protest": Y). */
function finestPlace(doc: Doc, start: number, end: number): LayerSpan<"places"> | undefined {
  const places = spansOf(doc, "places").filter((p) => p.start >= start && p.end <= end && p.label in RANK);
  return places.sort((a, b) => RANK[a.label] - RANK[b.label] || b.start - a.start)[0];
}
