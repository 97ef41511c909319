// Quotes and attribution: who says what. Each attribution is a QUOTE span over its content, with the
// source and cue offsets in data; anonymous sources ("a US official") are marked as such.
import { type Doc, type LayerSpan, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { AttributionModel } from "../../text/attribution/attribution-model.js";
import { isKeptAttribution } from "../../text/attribution/keep-attribution.js";
import type { Attribution } from "./attribution.js";
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
  // learnedKeep 1 judges only what learned cues proposed (the lexicon's proposals stay as the rules made
  // them); 2 judges every proposal.
  const isJudged = (a: Attribution) => settings.learnedKeep >= 2 || (settings.learnedKeep >= 1 && a.isLearnedCue);
  const kept = model
    ? proposed.filter(
        (a) => isReportedClause(doc.text, a, settings) && (!isJudged(a) || isKeptAttribution(doc.text, a, model)),
      )
    : proposed;
  return kept.map((a) => {
    const source = doc.text.slice(a.source.start, a.source.end);
    return {
      start: a.content.start,
      end: a.content.end,
      label: "QUOTE",
      by: a.isLearnedCue ? `quotes/${a.kind}/learned-cue` : `quotes/${a.kind}`,
      data: { kind: a.kind, source: a.source, cue: a.cue, sourceText: source, isAnonymous: ANONYMOUS.test(source) },
    };
  });
}

/** A learned cue's content must read as a claim: a "that" clause, a quotation, what follows a colon, or a
 * clause before the cue ("…, he said"). PolNeAR also codes a noun object ("attacked the plan"), which in
 * conflict reports is mostly an act ("attacked an army base"), not something said. */
function isReportedClause(text: string, a: Attribution, settings: QuotesSettings): boolean {
  if (settings.learnedCueClauseOnly === 0 || !a.isLearnedCue) return true;
  if (a.content.end <= a.cue.start) return true;
  return /\bthat\b|[:“"‘]/.test(text.slice(a.cue.end, a.content.start + 1));
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
