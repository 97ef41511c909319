// A sentence's cues: the hand lexicon's (find-cues.ts), combined with the learned cue tagger's when the
// stage has the model (src/text/attribution, trained on PolNeAR). The tagger adds cues the lexicon lacks
// ("shot back", "warned of") and, when settings say so, vetoes lexicon cues it scores as no cue at all.
import type { Range, Span } from "../../doc.js";
import type { AttributionModel } from "../../text/attribution/attribution-model.js";
import { findCueRanges } from "../../text/attribution/tag-cues.js";
import { type CueLexicon, type CueSpan, findCues } from "./find-cues.js";
import type { QuotesSettings } from "./settings.js";

/** The `by` of a cue the learned tagger found. */
export const LEARNED_CUE = "quotes/cue-tagger";

const CLAUSE_SIGN = /[,:;“”"‘’']|\bthat\b/;

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export function findSentenceCues(
  text: string,
  sentence: Span,
  lexicon: CueLexicon,
  settings: QuotesSettings,
  model?: AttributionModel,
): CueSpan[] {
  const lexiconCues = findCues(text, sentence.start, sentence.end, lexicon);
  // Tagging costs about as much as the rest of the stage: skipped when nothing would read it.
  if (!model || (settings.learnedCueAdd === 0 && settings.learnedCueVeto === 0)) return lexiconCues;
  // A learned cue yields only a reported clause (learnedCueClauseOnly), which needs a comma, a colon, a
  // quotation mark or "that" in its sentence: a sentence with none is not tagged (most of the stage's cost).
  const isClauseless = !CLAUSE_SIGN.test(text.slice(sentence.start, sentence.end));
  if (settings.learnedCueClauseOnly > 0 && settings.learnedCueVeto === 0 && isClauseless) return lexiconCues;
  const learned = findCueRanges(text, sentence, lexiconCues, model);
  const kept =
    settings.learnedCueVeto > 0 ? lexiconCues.filter((c) => learned.some((l) => overlaps(l, c))) : lexiconCues;
  const added = settings.learnedCueAdd > 0 ? learned.filter((l) => !lexiconCues.some((c) => overlaps(l, c))) : [];
  const cues = [...kept, ...added.map((range) => learnedCue(text, range))];
  return cues.sort((a, b) => a.start - b.start);
}

function learnedCue(text: string, range: Range): CueSpan {
  return {
    ...range,
    label: "CUE",
    by: LEARNED_CUE,
    data: {
      isAccordingTo: /^according/i.test(text.slice(range.start, range.end)),
      isBaseForm: false,
      isQuoteOnly: false,
    },
  };
}
