// "At least nine people were killed across Syria on Monday", "violence across the country killed 14": a
// lead that spreads its toll over a country or region ("across", "throughout") sums the day's incidents,
// and the sentences after it tell them one by one ("In Idlib, an air strike killed four ... In Deir
// ez-Zor, gunmen shot dead three"). ACLED codes each of those; the summed toll is a tally claim
// (find-tallies.ts), not one more incident. Only when at least two later sentences tell incidents of their
// own: a lone detail sentence may be the lead's own incident retold, and a summary with no details is the
// only record of what it tells. Read on the words ("across" + a place the places layer found, or "the
// country"), since the parse often loses a dateline sentence's clause.
import { type Doc, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";

const SPREAD = /\b(?:across|throughout)\s+(?:the\s+)?$/i;
const SPREAD_OVER_COUNTRY = /\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:country|nation)\b/i;
// "In Idlib, ..." and "In Deir ez-Zor, ...": two incidents told after the lead make it a summary.
const MIN_DETAIL_SENTENCES = 2;
const TOLLS = new Set(["KILLED", "INJURED"]);

export function isRoundupTotal(doc: Doc, mention: TriggerMention, triggers: readonly TriggerMention[]): boolean {
  if (!hasToll(doc, mention) || !isSpreadOverArea(doc, mention)) return false;
  const later = new Set(triggers.filter((t) => t.sentence > mention.sentence).map((t) => t.sentence));
  return later.size >= MIN_DETAIL_SENTENCES;
}

function isSpreadOverArea(doc: Doc, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (SPREAD_OVER_COUNTRY.test(text)) return true;
  return spansOf(doc, "places").some(
    (p) => p.start >= sentence.start && p.end <= sentence.end && SPREAD.test(doc.text.slice(sentence.start, p.start)),
  );
}

function hasToll(doc: Doc, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return spansOf(doc, "numbers").some((n) => TOLLS.has(n.label) && n.start >= sentence.start && n.end <= sentence.end);
}
