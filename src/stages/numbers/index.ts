// Numbers: casualty counts ("killing at least 12", "three soldiers were wounded") and casualty
// negations. "No immediate reports of casualties" says nothing is known yet: it is UNKNOWN, not zero;
// "no one was killed" states zero.
import { withLayer, type Doc, type Span } from "../../doc.js";
import type { Stage } from "../../pipeline.js";
import { parseQuantity, QUANTITY } from "./parse-quantity.js";

const KILLED = "killed|dead|died|slain|executed|massacred|lost\\s+their\\s+lives";
const INJURED = "wounded|injured|hurt|maimed";
const NOUN = "(?:[\\w-]+\\s+){0,3}?";

const COUNT_THEN_VERB = new RegExp(`\\b${QUANTITY}\\s+${NOUN}(?:(?:were|was|have\\s+been|had\\s+been|are|is|being)\\s+)?(?<verb>${KILLED}|${INJURED})\\b`, "gi");
const VERB_THEN_COUNT = new RegExp(`\\b(?<verb>killing|killed|wounding|wounded|injuring|injured|left)\\s+${QUANTITY}(?=\\s+(?:people|persons|civilians|soldiers|troops|militants|fighters|police|others|members|\\w+))`, "gi");
const UNKNOWN = /\bno\s+(?:immediate\s+)?(?:reports?|word|information|details)\s+(?:of|on|about)\s+(?:any\s+)?(?:casualties|deaths|fatalities|injuries|victims)\b|\bcasualt(?:y|ies)\s+(?:figures\s+)?(?:were|was|are|is)\s+(?:not\s+(?:yet\s+)?known|unknown|unclear)\b/gi;
const ZERO = /\bno\s*(?:one|body)\s+was\s+(?:killed|hurt|injured|wounded)\b|\b(?:caused|causing|there\s+were)\s+no\s+(?:casualties|deaths|injuries)\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?casualties\b/gi;

export function findNumbers(text: string): Span[] {
  const negations = findNegations(text);
  const counts = findCounts(text).filter((c) => !negations.some((n) => c.start < n.end && n.start < c.end));
  return [...counts, ...negations].sort((a, b) => a.start - b.start);
}

function findCounts(text: string): Span[] {
  const spans: Span[] = [];
  for (const regex of [COUNT_THEN_VERB, VERB_THEN_COUNT]) {
    for (const m of text.matchAll(regex)) {
      const qty = parseQuantity(m[0].slice(0, m[0].length).match(new RegExp(QUANTITY, "i"))![0]);
      if (!qty) continue;
      const label = new RegExp(`^(?:${INJURED}|wounding|injuring)$`, "i").test(m.groups!.verb) ? "INJURED" : "KILLED";
      spans.push({ start: m.index!, end: m.index! + m[0].length, label, by: "numbers/casualty-pattern", data: { ...qty } });
    }
  }
  return spans;
}

function findNegations(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(UNKNOWN)) spans.push({ start: m.index!, end: m.index! + m[0].length, label: "CASUALTIES_UNKNOWN", by: "numbers/negation" });
  for (const m of text.matchAll(ZERO)) spans.push({ start: m.index!, end: m.index! + m[0].length, label: "CASUALTIES_NONE", by: "numbers/negation", data: { low: 0, best: 0, high: 0 } });
  return spans;
}

export const numbersStage: Stage = {
  name: "numbers",
  needs: ["sentences"],
  makes: ["numbers"],
  run: (doc: Doc) => withLayer(doc, "numbers", findNumbers(doc.text)),
};
