// Quotes and attribution: who says what. Each attribution is a QUOTE span over its content, with the
// source and cue offsets in data; anonymous sources ("a US official") are marked as such.
import { type Doc, type LayerSpan, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { AttributionModel } from "../../text/attribution/attribution-model.js";
import { isKeptAttribution } from "../../text/attribution/keep-attribution.js";
import { findAttributions } from "./find-attributions.js";
import { loadQuoteLexicons, type QuoteLexicons } from "./quote-lexicons.js";
import { QUOTES_SETTINGS, type QuotesSettings } from "./settings.js";

// An anonymous source: a determiner, any of the modifiers, then a noun for people who speak unnamed.
const UNNAMED_DETERMINERS = ["an?", "one", "two", "several", "some", "other", "another", "the"];
const SOURCE_MODIFIERS = [
  "senior",
  "former",
  "current",
  "top",
  "local",
  "military",
  "defense",
  "defence",
  "security",
  "intelligence",
  "government",
  "state",
];
const SOURCE_ORIGINS = ["US", "U\\.S\\.", "American", "Iraqi", "Syrian", "Iranian", "Israeli", "Western"];
const UNNAMED_SOURCES = [
  "officials?",
  "sources?",
  "diplomats?",
  "spokesm[ae]n",
  "spokespersons?",
  "aides?",
  "analysts?",
  "residents?",
  "witnesses?",
  "people",
];
const ANONYMOUS = new RegExp(
  `^(?:${UNNAMED_DETERMINERS.join("|")})\\s+(?:(?:${[...SOURCE_MODIFIERS, ...SOURCE_ORIGINS].join("|")})\\s+)*(?:${UNNAMED_SOURCES.join("|")})\\b`,
  "i",
);

export function findQuotes(
  doc: Doc,
  lexicons: QuoteLexicons,
  settings: QuotesSettings = QUOTES_SETTINGS,
  model?: AttributionModel,
): LayerSpan<"quotes">[] {
  const proposed = findAttributions(doc, lexicons, settings, model);
  const kept =
    model && settings.learnedKeep > 0 ? proposed.filter((a) => isKeptAttribution(doc.text, a, model)) : proposed;
  return kept.map((a) => {
    const source = doc.text.slice(a.source.start, a.source.end);
    return {
      start: a.content.start,
      end: a.content.end,
      label: "QUOTE",
      by: `quotes/${a.kind}`,
      data: { kind: a.kind, source: a.source, cue: a.cue, sourceText: source, isAnonymous: ANONYMOUS.test(source) },
    };
  });
}

const SHAPE: Omit<Stage, "run"> = { name: "quotes", needs: ["sentences"], makes: ["quotes"] };

/** With `model`, the learned cue tagger joins the cue lexicon (find-sentence-cues.ts); without, rules only. */
export function createQuotesStage(
  lexicons: QuoteLexicons,
  settings: QuotesSettings = QUOTES_SETTINGS,
  model?: AttributionModel,
): Stage {
  return { ...SHAPE, run: (doc: Doc) => withLayer(doc, "quotes", findQuotes(doc, lexicons, settings, model)) };
}

/** For pipelines built without resources (tests, STAGES alone): compiles the cue lexicons on every run. */
export const quotesStage: Stage = {
  ...SHAPE,
  run: (doc: Doc) => withLayer(doc, "quotes", findQuotes(doc, loadQuoteLexicons())),
};
