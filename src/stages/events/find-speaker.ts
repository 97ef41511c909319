// Who says a sentence, read from the quotes layer (the quotes stage runs before events): the source of
// the first attribution whose cue stands in the sentence. A named source is cut to its name ("Michael
// Knights of the Washington Institute …" → "Michael Knights"); an unnamed one keeps its own words ("the US
// official"). A pronoun source ("According to his tally, he added") points at the speaker of the sentence
// before, at most two back, the way a reader carries the speaker of a quote into the next sentence.
import { type Doc, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import { overlaps } from "../../text/span-overlap.js";
import type { EventsSettings } from "./settings.js";

type Range = { start: number; end: number };

const PRONOUN = /^(?:he|she|they|his|her|their)\b/i;
// A relative pronoun's antecedent sits in the same clause; the quotes layer does not resolve it.
const RELATIVE = /^(?:who|which|that|whose)$/i;
// "Name of the Institute", "Name, an analyst at …", "Rep. Name (D-Wash.)": the name is the part before.
const AFTER_NAME = /(?<!\s)\s+of\s+|,\s*|(?<!\s)\s+\(/;

export function findSpeaker(doc: Doc, sentenceIndex: number, settings: EventsSettings): Field<string> | null {
  const sentences = spansOf(doc, "sentences");
  const own = speakerIn(doc, sentences[sentenceIndex]);
  if (!own || !isPronoun(doc, own)) return own ? field(doc, [own], true) : null;
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - settings.speakerLookbackSentences); i--) {
    const earlier = speakerIn(doc, sentences[i]);
    if (earlier && !isPronoun(doc, earlier)) return field(doc, [earlier, own], false);
  }
  return null;
}

/** The source of the first attribution whose cue overlaps the range (a sentence, a verb), as a SPEAKER span ("according to" before verbs). */
export function speakerIn(doc: Doc, sentence: Range | undefined): Span | null {
  if (!sentence) return null;
  const sources = spansOf(doc, "quotes")
    .filter((q) => overlaps(cueOf(q), sentence))
    .sort(
      (a, b) =>
        Number(b.data?.kind === "according-to") - Number(a.data?.kind === "according-to") ||
        cueOf(a).start - cueOf(b).start,
    )
    .map((q) => q.data!.source)
    .filter((source) => !RELATIVE.test(doc.text.slice(source.start, source.end).trim()));
  return sources.length > 0 ? speakerSpan(doc, sources[0]) : null;
}

/** The pronoun of "his tally", the name of "Michael Knights of the Washington Institute", else the source. */
function speakerSpan(doc: Doc, source: Range): Span {
  const text = doc.text.slice(source.start, source.end);
  const pronoun = PRONOUN.exec(text);
  const nameEnd = /^\p{Lu}/u.test(text) ? AFTER_NAME.exec(text)?.index : undefined;
  const end = pronoun
    ? source.start + pronoun[0].length
    : nameEnd !== undefined && nameEnd > 0
      ? source.start + nameEnd
      : source.end;
  return { start: source.start, end, label: "SPEAKER", by: "events/find-speaker" };
}

function isPronoun(doc: Doc, span: Span): boolean {
  return PRONOUN.test(doc.text.slice(span.start, span.end)) && span.end - span.start <= 5;
}

function cueOf(quote: LayerSpan<"quotes">): Range {
  return quote.data!.cue;
}

function field(doc: Doc, evidence: Span[], stated: boolean): Field<string> {
  return { value: doc.text.slice(evidence[0].start, evidence[0].end), evidence, stated };
}
