// Casualty counts: "killing at least 12 people", "three soldiers were wounded", "between 10 and 15
// people were killed". The label says what the count counts (KILLED or INJURED); the events stage reads
// these for fatalities and injuries.
import type { LayerSpan } from "../../doc.js";
import { isDayOfMonth, isLengthOfTime } from "./is-time-number.js";
import { AMOUNT as ANY_AMOUNT, parseAmount } from "./parse-quantity.js";

const KILLED = "killed|dead|died|slain|executed|massacred|lost\\s+their\\s+lives";
const INJURED = "wounded|injured|hurt|maimed";
const NOUN = "(?:[\\w-]+\\s+){0,3}?";
const AMOUNT = `(?<amount>${ANY_AMOUNT})`;

const COUNT_THEN_VERB = new RegExp(
  `(?<![\\w-])${AMOUNT}\\s+${NOUN}(?:(?:were|was|have\\s+been|had\\s+been|are|is|being)\\s+)?(?<verb>${KILLED}|${INJURED})\\b`,
  "gi",
);
const VERB_THEN_COUNT = new RegExp(
  `\\b(?<verb>killing|killed|wounding|wounded|injuring|injured|left)\\s+${AMOUNT}(?=\\s+(?:people|persons|civilians|soldiers|troops|militants|fighters|police|others|members|\\w+))`,
  "gi",
);
const IS_INJURY = new RegExp(`^(?:${INJURED}|wounding|injuring)$`, "i");

export function findCasualtyCounts(text: string): LayerSpan<"numbers">[] {
  const spans: LayerSpan<"numbers">[] = [];
  for (const regex of [COUNT_THEN_VERB, VERB_THEN_COUNT]) {
    for (const m of text.matchAll(regex)) {
      const qty = parseAmount(m.groups!.amount);
      const amountStart = m.index! + m[0].indexOf(m.groups!.amount);
      if (!qty || isDayOfMonth(text, amountStart) || isLengthOfTime(text, amountStart + m.groups!.amount.length))
        continue;
      const label = IS_INJURY.test(m.groups!.verb) ? "INJURED" : "KILLED";
      spans.push({
        start: m.index!,
        end: m.index! + m[0].length,
        label,
        by: "numbers/casualty-pattern",
        data: { ...qty },
      });
    }
  }
  return spans;
}
