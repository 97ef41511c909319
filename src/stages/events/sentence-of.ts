// The sentence that holds a span: most readers of an event's words look no further than its sentence.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";

/** The index of the sentence that holds `span`, or -1. */
export function sentenceOf(doc: Doc, span: { start: number; end: number }): number {
  return spansOf(doc, "sentences").findIndex((s) => s.start <= span.start && span.end <= s.end);
}

/** The sentence that holds `span`, if one does. */
export function sentenceHolding(doc: Doc, span: { start: number; end: number }): LayerSpan<"sentences"> | undefined {
  return spansOf(doc, "sentences")[sentenceOf(doc, span)];
}
