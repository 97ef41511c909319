// The words that belong to one trigger: from just before it (modifiers: "F-15E airstrikes", "a June 9
// militia attack") to the next trigger in the same sentence, or the sentence end.
import { type Doc, type Layer, type LayerSpan, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

export function clauseOf(
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  settings: EventsSettings,
): { start: number; end: number } {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const previous = all.findLast((m) => m.sentence === mention.sentence && m.span.end <= mention.span.start);
  const next = all.find((m) => m.sentence === mention.sentence && m.span.start >= mention.span.end);
  return {
    start: Math.max(sentence.start, previous ? previous.span.end : 0, mention.span.start - settings.modifierChars),
    end: next ? next.span.start : sentence.end,
  };
}

export function spansInClause<L extends Layer>(
  doc: Doc,
  layer: L,
  mention: TriggerMention,
  all: TriggerMention[],
  settings: EventsSettings,
): LayerSpan<L>[] {
  const { start, end } = clauseOf(doc, mention, all, settings);
  return spansOf(doc, layer).filter((s) => s.start >= start && s.end <= end);
}
