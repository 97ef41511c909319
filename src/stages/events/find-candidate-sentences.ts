// The sentences worth parsing: those with a trigger word or a casualty count. Only these are read for
// predicates and arguments (read-predicate.ts), and parsing every sentence would halve the pipeline's
// speed (bench/README.md), so the syntax stage parses these alone.
import { type Doc, spansOf } from "../../doc.js";
import { findTriggers } from "./find-triggers.js";

const CASUALTIES = new Set(["KILLED", "INJURED"]);

export function findCandidateSentences(doc: Doc): Set<number> {
  const picked = new Set(findTriggers(doc).map((m) => m.sentence));
  const sentences = spansOf(doc, "sentences");
  for (const number of spansOf(doc, "numbers")) {
    if (!CASUALTIES.has(number.label)) continue;
    const index = sentences.findIndex((s) => s.start <= number.start && number.end <= s.end);
    if (index >= 0) picked.add(index);
  }
  return picked;
}
