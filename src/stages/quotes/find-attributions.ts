// Attributions (source – cue – content), chrono-style: matchers propose, the stage keeps one per cue.
// 1. a direct quote with its speaker after ("…,” Kirby said / said Kirby) or before (Kirby said: “…”);
// 2. "according to" (before or after the content);
// 3. reported speech: SOURCE CUE (that) CONTENT, or CONTENT, SOURCE CUE.
import { type Doc, type Span, spansOf } from "../../doc.js";
import type { AttributionModel } from "../../text/attribution/attribution-model.js";
import type { Attribution } from "./attribution.js";
import { allowsInversion, type CueLexicon, type CueSpan, findCues } from "./find-cues.js";
import { findLineAttributions } from "./find-line-attributions.js";
import { findNominalAttributions } from "./find-nominal-attributions.js";
import { findQuotations, type Quotation } from "./find-quotations.js";
import { findSentenceCues, LEARNED_CUE } from "./find-sentence-cues.js";
import { APPOSITION, isSingularBeforeBase, isSourcePhrase, sentenceSubject, sourceBefore } from "./find-source.js";
import type { QuoteLexicons } from "./quote-lexicons.js";
import type { QuotesSettings } from "./settings.js";
import { lastComma, length, maskAbbreviations, rangeOf, trimRange, withoutAbbreviations } from "./text-ranges.js";

const TRAILER =
  "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\\s+\\w+|at\\s+the\\s+time|earlier|later|in\\s+a\\s+(?:statement|interview|tweet|post|speech|briefing))(?:\\s+(?:morning|afternoon|evening|night))?)*";

// The trailer's patterns, compiled once (they were built from TRAILER's text on every cue and quotation).
const BARE_ATTRIBUTION = new RegExp(`^${TRAILER}\\s*[.]?\\s*$`, "u");
const TRAILER_THEN_COMMA = new RegExp(`^${TRAILER}\\s*,\\s*$`, "u");
const TRAILER_THEN_QUOTE = new RegExp(`^${TRAILER}\\s*[:,]?\\s*$`, "u");
const TRAILER_THEN_END = new RegExp(`^${TRAILER}\\s*(?:[.!?]?["”]?$|,)`, "u");
const TRAILER_THEN_RESUMED = new RegExp(`^${TRAILER}\\s*,\\s*\\S`, "u");

// Before the content, a setting or an addressee: "said on Fox News Sunday, his running mate …", "told The
// Huffington Post on Thursday that …".
const SETTING_BEFORE_CONTENT = /^\s+(?:on|in|at|during)\s+[^,.;“”"]{1,60}(?:,|\s+that\b)\s*/u;
const ADDRESSEE_BEFORE_CONTENT = /^\s+[^,.;“”"]{1,60}?\s+that\b\s*/u;
// Those two read only the start of the rest of the sentence (settings.leadWindowChars): their overlapping
// blanks would backtrack for as long as a run of blanks goes on (cubic on a long one).
// The content of a verb cue starts with its complement; a verb there means the "cue" was a noun ("the tax
// plan would raise …", "support from black voters").
const VERB_START =
  /^(?:is|are|was|were|would|will|has|have|had|can|could|should|may|might|must|remains?|don['’]t|doesn['’]t|didn['’]t|from|about|by|into)\b/i;

export function findAttributions(
  doc: Doc,
  lexicons: QuoteLexicons,
  settings: QuotesSettings,
  model?: AttributionModel,
): Attribution[] {
  const text = doc.text;
  const quotations = findQuotations(text);
  const found: Attribution[] = findLineAttributions(text, quotations, settings.dashNameWindowChars);
  const usedCues = new Set<number>();
  for (const sentence of spansOf(doc, "sentences")) {
    const cues = findSentenceCues(text, sentence, lexicons.cues, settings, model).filter(
      (c) => !insideQuotation(c, quotations),
    );
    for (const cue of cues) {
      if (usedCues.has(cue.start) || isPassive(text, cue)) continue;
      const previous = found.filter((a) => a.cue.end <= cue.start && a.cue.start >= sentence.start).pop();
      const direct = matchDirect(text, cue, quotations, sentence, settings);
      if (!direct && cue.data?.isQuoteOnly) continue;
      const attribution =
        direct ??
        matchParticiple(text, cue, sentence, previous) ??
        (cue.data?.isAccordingTo
          ? matchAccordingTo(text, cue, sentence)
          : matchReported(text, cue, sentence, lexicons.cues, settings));
      const source = attribution ? text.slice(attribution.source.start, attribution.source.end) : "";
      if (attribution && cue.by === LEARNED_CUE) attribution.isLearnedCue = true;
      if (
        attribution &&
        isSourcePhrase(source) &&
        !holdsCue(source, lexicons.cues) &&
        length(attribution.content) > settings.minContentChars &&
        !isNounCue(text, attribution) &&
        !isSingularBeforeBase(source, cue)
      ) {
        found.push(attribution);
        usedCues.add(cue.start);
      }
    }
    found.push(...findNominalAttributions(text, sentence, lexicons.nominalCues, settings.nominalMinContentChars));
  }
  return found;
}

/** “…,” SOURCE CUE / “…,” CUE SOURCE right after a quotation, or SOURCE CUE: “…” right before one. */
function matchDirect(
  text: string,
  cue: CueSpan,
  quotations: Quotation[],
  sentence: Span,
  settings: QuotesSettings,
): Attribution | null {
  // The quotation ends inside the cue's sentence: after “… recklessness.” a new sentence "Park said …" is not its speaker.
  // A sentence that is only the attribution ("… worse.'' Leonard E. Burman, director of …, said.") takes the
  // quotation just before it.
  const isBare = BARE_ATTRIBUTION.test(text.slice(cue.end, sentence.end));
  const before = quotations
    .filter(
      (q) =>
        q.end <= cue.start &&
        (q.end > sentence.start || isBare) &&
        cue.start - q.end <= settings.quoteBeforeCueMaxChars,
    )
    .pop();
  // A quotation inside a phrase ("In an interview on “Morning Hour,” the minister said …") is a
  // title, not what the speaker after it said: a quote opens its clause.
  if (before && isClauseOpening(text, before.start, settings.clauseLookbackChars)) {
    const between = withoutAbbreviations(text.slice(before.end, cue.start));
    // "…,” Name said" or "…,” Name, a description with commas, said": the name and its apposition.
    const isSpeakerBetween =
      (/^[,?!]?\s*[^,.;“”"]*$/.test(between) && between.length <= settings.speakerBetweenMaxChars) ||
      APPOSITION.test(between);
    if (isSpeakerBetween && !/\n/.test(between)) {
      const afterCue = maskAbbreviations(
        text.slice(cue.end, Math.min(sentence.end, cue.end + settings.speakerAfterCueChars)),
      );
      const sourceBefore = trimRange(text, before.end, cue.start);
      const source =
        length(sourceBefore) > 0
          ? sourceBefore
          : trimRange(text, cue.end, cue.end + (/^[^.,;]*/.exec(afterCue)?.[0].length ?? 0));
      // “My hope,” he said, “is that …”: a quotation that resumes right after the cue is the same content.
      const resumed = quotations.find(
        (q) => q.start >= cue.end && TRAILER_THEN_COMMA.test(text.slice(cue.end, q.start)),
      );
      const contentEnd =
        resumed && /,\s*$/.test(text.slice(before.innerStart, before.innerEnd)) ? resumed.innerEnd : before.innerEnd;
      return {
        source,
        cue: { start: cue.start, end: cue.end },
        content: { start: before.innerStart, end: contentEnd },
        kind: "direct",
      };
    }
  }
  const after = quotations.find(
    (q) =>
      q.start >= cue.end &&
      q.start - cue.end <= settings.quoteAfterCueMaxChars &&
      TRAILER_THEN_QUOTE.test(text.slice(cue.end, q.start)),
  );
  if (after) {
    const source = sourceBefore(text, cue, sentence);
    if (length(source) > 0)
      return {
        source,
        cue: { start: cue.start, end: cue.end },
        content: { start: after.innerStart, end: after.innerEnd },
        kind: "direct",
      };
  }
  return null;
}

function isClauseOpening(text: string, at: number, lookbackChars: number): boolean {
  const raw = text.slice(Math.max(0, at - lookbackChars), at);
  const preceding = raw.trimEnd();
  return (
    preceding === "" || /\n[^\S\n]*$/.test(raw) || /(?:[.,:;!?—–(\n]|-)$/.test(preceding) || /["”']$/.test(preceding)
  );
}

/** "…, the mayor said, adding that …": a participle cue after a comma (or after "before", "while" …), or a
 * verb after "and", shares the previous attribution's source, else the subject that opens the sentence
 * ("Trump tweeted …, saying …", "Blige sang … before asking …"). */
function matchParticiple(
  text: string,
  cue: CueSpan,
  sentence: Span,
  previous: Attribution | undefined,
): Attribution | null {
  const before = text.slice(sentence.start, cue.start);
  const isParticiple =
    /ing$/.test(text.slice(cue.start, cue.end)) && /(?:,|\b(?:before|after|while|by|when|without))\s*$/.test(before);
  // "Schultz supported Democrats …, and said he did not support Trump": a coordinated verb shares the subject.
  const coordinated = /(?:,|(?<![\s,]))\s+and\s+(?:then\s+)?$/.exec(before);
  if (!isParticiple && !coordinated) return null;
  const source = previous?.source ?? sentenceSubject(text, sentence);
  if (!source || source.end > cue.start) return null;
  if (previous && coordinated && previous.content.end > sentence.start + coordinated.index)
    previous.content = trimRange(text, previous.content.start, sentence.start + coordinated.index);
  const lead = /^\s*(?:that\b)?[\s,:]*/.exec(text.slice(cue.end, sentence.end))?.[0].length ?? 0;
  return {
    source,
    cue: rangeOf(cue),
    content: trimRange(text, cue.end + lead, sentence.end),
    kind: previous?.kind ?? "reported",
  };
}

/** "According to X, CONTENT" or "CONTENT, according to X." */
function matchAccordingTo(text: string, cue: CueSpan, sentence: Span): Attribution | null {
  const rest = text.slice(cue.end, sentence.end);
  const sourceEnd = cue.end + (/^[^,.;]*/.exec(rest)?.[0].length ?? 0);
  const source = trimRange(text, cue.end, sourceEnd);
  const isLeading = text.slice(sentence.start, cue.start).trim() === "";
  const content = isLeading
    ? trimRange(text, sourceEnd + 1, sentence.end)
    : trimRange(text, sentence.start, lastComma(text, sentence.start, cue.start));
  return { source, cue: { start: cue.start, end: cue.end }, content, kind: "according-to" };
}

const OPENING_ADVERBIAL =
  /^\s*(?:during|in|on|at|after|before|since|for|with|under|over|by|as|when|while|if|although|though|despite|without|until|from|among)\b[^,]*$/i;

/** CONTENT, SOURCE CUE. / CONTENT, CUE SOURCE. / SOURCE CUE (that) CONTENT. */
function matchReported(
  text: string,
  cue: CueSpan,
  sentence: Span,
  cues: CueLexicon,
  settings: QuotesSettings,
): Attribution | null {
  const tail = text.slice(cue.end, sentence.end);
  // "…, SOURCE said." or "…, SOURCE said Friday, as they …": the attribution closes the reported clause.
  const endsHere = TRAILER_THEN_END.test(tail);
  const comma = lastComma(text, sentence.start, cue.start);
  if (endsHere && comma > sentence.start) {
    // "In her first term, the mayor said, most of the city budget …": an opening adverbial before
    // the inserted attribution is no content; the clause after it is.
    const resumes = TRAILER_THEN_RESUMED.exec(tail);
    const isOpening = OPENING_ADVERBIAL.test(text.slice(sentence.start, comma));
    const content =
      resumes && isOpening
        ? trimRange(text, cue.end + resumes[0].length - 1, sentence.end)
        : trimRange(text, sentence.start, comma);
    return { source: trimRange(text, comma + 1, cue.start), cue: rangeOf(cue), content, kind: "reported" };
  }
  const inverted =
    tail.length <= settings.invertedSpeakerMaxChars ? /^\s+((?:the\s+|a\s+)?\p{Lu}[^,.;]*?)\s*[.]?$/u.exec(tail) : null;
  // "Ortiz, a senator from Oregon, said the housing fund has paid …": a clause after the verb is its
  // content, not an inverted speaker; the source is then looked for before the verb. An inverted speaker is
  // a short noun phrase (eight words at most, as in sourceBefore): a longer run is a clause.
  if (
    inverted &&
    comma > sentence.start &&
    text.slice(comma + 1, cue.start).trim() === "" &&
    allowsInversion(text.slice(cue.start, cue.end), cues) &&
    isSourcePhrase(inverted[1]) &&
    inverted[1].split(/\s+/).length <= settings.invertedSpeakerMaxWords
  ) {
    return {
      source: trimRange(text, cue.end, cue.end + inverted[0].length),
      cue: rangeOf(cue),
      content: trimRange(text, sentence.start, comma),
      kind: "reported",
    };
  }
  const source = sourceBefore(text, cue, sentence);
  if (length(source) === 0) return null;
  const addressee = /^(?:tell|tells|told|telling)$/.test(text.slice(cue.start, cue.end).split(/\s+/).pop() ?? "")
    ? ADDRESSEE_BEFORE_CONTENT
    : SETTING_BEFORE_CONTENT;
  const leadWindow = tail.slice(0, settings.leadWindowChars);
  const lead =
    (addressee.exec(leadWindow)?.[0].length ?? 0) ||
    (SETTING_BEFORE_CONTENT.exec(leadWindow)?.[0].length ?? 0) ||
    (/^(?:\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}?(?=that\b))?\s*(?:that\b)?[\s,:]*/u.exec(tail)?.[0].length ?? 0);
  return { source, cue: rangeOf(cue), content: trimRange(text, cue.end + lead, sentence.end), kind: "reported" };
}

function isNounCue(text: string, attribution: Attribution): boolean {
  if (attribution.kind !== "reported" || attribution.content.start < attribution.cue.end) return false;
  return (
    attribution.content.start - attribution.cue.end <= 2 &&
    VERB_START.test(text.slice(attribution.content.start, attribution.content.end))
  );
}

/** "is expected to", "has been called": the subject of a passive is no source (an agent with "by" is left to others). */
function isPassive(text: string, cue: CueSpan): boolean {
  return /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)*\w+(?:ed|wn|ught|lt)$/.test(text.slice(cue.start, cue.end));
}

/** "Ortiz said he hopes to …": a source that holds a cue of its own is a clause, and the source of the
 * inner cue is the pronoun after it, which the outer attribution's content already covers. */
function holdsCue(source: string, cues: CueLexicon): boolean {
  // A base form ("report", "show") or a cue that ends the phrase ("campaign-finance reports") is likely a noun.
  return findCues(source, 0, source.length, cues).some(
    (c) => !c.data?.isAccordingTo && !c.data?.isBaseForm && source.slice(c.end).trim() !== "",
  );
}

function insideQuotation(span: Span, quotations: Quotation[]): boolean {
  return quotations.some((q) => span.start >= q.innerStart && span.end <= q.innerEnd);
}
