// Numbers: what is counted and how many, as low / best / high. Casualty counts (KILLED, INJURED) and
// casualty negations come first: a count that is also a casualty count is kept once, as the casualty.
// Numbers inside a date ("June 9", "6 p.m.", "March 2020") are not counts.
import { type Doc, type LayerSpan, type Span, spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { createCasualtyCountFinder } from "./find-casualty-counts.js";
import { findCasualtyNegations } from "./find-casualty-negations.js";
import { createCountFinder } from "./find-counts.js";
import { createTollUpdateFinder } from "./find-toll-updates.js";
import { loadNumberLexicons, type NumberLexicons } from "./number-lexicons.js";
import { createQuantityReader } from "./parse-quantity.js";
import { NUMBERS_SETTINGS, type NumbersSettings } from "./settings.js";

const SHAPE: Omit<Stage, "run"> = { name: "numbers", needs: ["sentences", "dates"], makes: ["numbers"] };

export type NumberFinder = (text: string, dates?: readonly Span[]) => LayerSpan<"numbers">[];

/** The stage's patterns compiled once from lexicons loaded once (loadResources().numbers). */
export function createNumberFinder(
  lexicons: NumberLexicons,
  settings: NumbersSettings = NUMBERS_SETTINGS,
): NumberFinder {
  const quantities = createQuantityReader(lexicons.quantityWords);
  const findCasualtyCounts = createCasualtyCountFinder(
    quantities,
    lexicons.countedNouns,
    lexicons.injuryPhrases,
    settings,
  );
  const findTollUpdates = createTollUpdateFinder(quantities, lexicons.tollUpdates, settings);
  const findCounts = createCountFinder(lexicons, quantities, settings);
  return (text, dates = []) => {
    const negations = findCasualtyNegations(text);
    // A casualty count whose number starts inside a date ("between June 1 and June 3 killed") counts no one.
    const casualties = [...findCasualtyCounts(text), ...findTollUpdates(text)].filter(
      (c) => !overlapsAny(negations, c) && !dates.some((d) => d.start <= c.start && c.start < d.end),
    );
    const counts = findCounts(text).filter((c) => !overlapsAny([...negations, ...casualties, ...dates], c));
    return [...casualties, ...counts, ...negations].sort((a, b) => a.start - b.start);
  };
}

/** One text with the default settings and no finder at hand (tests): reads the lexicons on every call. */
export function findNumbers(text: string, dates: readonly Span[] = []): LayerSpan<"numbers">[] {
  return createNumberFinder(loadNumberLexicons())(text, dates);
}

export function createNumbersStage(lexicons: NumberLexicons, settings: NumbersSettings = NUMBERS_SETTINGS): Stage {
  const findIn = createNumberFinder(lexicons, settings);
  return { ...SHAPE, run: (doc: Doc) => withLayer(doc, "numbers", findIn(doc.text, spansOf(doc, "dates"))) };
}

/** For pipelines built without resources (tests, STAGES alone): reads the small lexicons on every run. */
export const numbersStage: Stage = {
  ...SHAPE,
  run: (doc: Doc) => withLayer(doc, "numbers", findNumbers(doc.text, spansOf(doc, "dates"))),
};
