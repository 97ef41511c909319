// "No immediate reports of casualties" says nothing is known yet: it is UNKNOWN, not zero; "no one was
// killed" states zero.
import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";

const UNKNOWN =
  /\bno\s+(?:immediate\s+)?(?:reports?|word|information|details)\s+(?:of|on|about)\s+(?:any\s+)?(?:casualties|deaths|fatalities|injuries|victims)\b|\bcasualt(?:y|ies)\s+(?:figures\s+)?(?:were|was|are|is)\s+(?:not\s+(?:yet\s+)?known|unknown|unclear)\b/gi;
const ZERO =
  /\bno\s*(?:one|body)\s+was\s+(?:killed|hurt|injured|wounded)\b|\b(?:caused|causing|there\s+were)\s+no\s+(?:casualties|deaths|injuries)\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?casualties\b/gi;

export function findCasualtyNegations(text: string): LayerSpan<"numbers">[] {
  const spans: LayerSpan<"numbers">[] = [];
  for (const m of findAllMatches(text, UNKNOWN))
    spans.push({ start: m.index!, end: m.index! + m[0].length, label: "CASUALTIES_UNKNOWN", by: "numbers/negation" });
  for (const m of findAllMatches(text, ZERO))
    spans.push({
      start: m.index!,
      end: m.index! + m[0].length,
      label: "CASUALTIES_NONE",
      by: "numbers/negation",
      data: { low: 0, best: 0, high: 0 },
    });
  return spans;
}
