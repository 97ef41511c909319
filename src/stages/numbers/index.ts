// Numbers: what is counted and how many, as low / best / high. Casualty counts (KILLED, INJURED) and
// casualty negations come first: a count that is also a casualty count is kept once, as the casualty.
// Numbers inside a date ("June 9", "6 p.m.", "March 2020") are not counts.
import { type Doc, type LayerSpan, type Span, spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { findCasualtyCounts } from "./find-casualty-counts.js";
import { findCasualtyNegations } from "./find-casualty-negations.js";
import { findCounts } from "./find-counts.js";

export function findNumbers(text: string, dates: readonly Span[] = []): LayerSpan<"numbers">[] {
  const negations = findCasualtyNegations(text);
  // A casualty count whose number starts inside a date ("between June 1 and June 3 killed") counts no one.
  const casualties = findCasualtyCounts(text).filter(
    (c) => !overlapsAny(negations, c) && !dates.some((d) => d.start <= c.start && c.start < d.end),
  );
  const counts = findCounts(text).filter((c) => !overlapsAny([...negations, ...casualties, ...dates], c));
  return [...casualties, ...counts, ...negations].sort((a, b) => a.start - b.start);
}

export const numbersStage: Stage = {
  name: "numbers",
  needs: ["sentences", "dates"],
  makes: ["numbers"],
  run: (doc: Doc) => withLayer(doc, "numbers", findNumbers(doc.text, spansOf(doc, "dates"))),
};
