// Casualty counts: "killing at least 12 people", "three soldiers were wounded", "between 10 and 15
// people were killed". The label says what the count counts (KILLED or INJURED); the events stage reads
// these for fatalities and injuries.
import type { LayerSpan } from "../../doc.js";
import { isDayOfMonth, isLengthOfTime } from "./is-time-number.js";
import type { QuantityReader } from "./parse-quantity.js";
import type { NumbersSettings } from "./settings.js";

const KILLED = "killed|dead|died|slain|executed|massacred|lost\\s+their\\s+lives";
const INJURED = "wounded|injured|hurt|maimed";
const IS_INJURY = new RegExp(`^(?:${INJURED}|wounding|injuring)$`, "i");

export type CasualtyCountFinder = (text: string) => LayerSpan<"numbers">[];

/** The casualty patterns compiled once around the quantities' pattern. */
export function createCasualtyCountFinder(quantities: QuantityReader, settings: NumbersSettings): CasualtyCountFinder {
  const amount = `(?<amount>${quantities.amount})`;
  const noun = `(?:[\\w-]+\\s+){0,${settings.casualtyNounMaxWords}}?`;
  const countThenVerb = new RegExp(
    `(?<![\\w-])${amount}\\s+${noun}(?:(?:were|was|have\\s+been|had\\s+been|are|is|being)\\s+)?(?<verb>${KILLED}|${INJURED})\\b`,
    "gi",
  );
  const verbThenCount = new RegExp(
    `\\b(?<verb>killing|killed|wounding|wounded|injuring|injured|left)\\s+${amount}(?=\\s+(?:people|persons|civilians|soldiers|troops|militants|fighters|police|others|members|\\w+))`,
    "gi",
  );
  return (text) =>
    [countThenVerb, verbThenCount].flatMap((regex) =>
      [...text.matchAll(regex)].flatMap((m) => {
        const qty = quantities.parseAmount(m.groups!.amount);
        const amountStart = m.index! + m[0].indexOf(m.groups!.amount);
        const amountEnd = amountStart + m.groups!.amount.length;
        if (
          !qty ||
          isDayOfMonth(text, amountStart, settings.dayOfMonthLookbackChars) ||
          isLengthOfTime(text, amountEnd, settings.timeUnitLookaheadChars)
        )
          return [];
        const label = IS_INJURY.test(m.groups!.verb) ? "INJURED" : "KILLED";
        return [
          { start: m.index!, end: m.index! + m[0].length, label, by: "numbers/casualty-pattern", data: { ...qty } },
        ];
      }),
    );
}
