// Who says a sentence: "<np> said", "said <np>", "according to <np>". An unnamed source keeps its own words
// ("the US official"). A pronoun ("According to his tally, he added") points at the speaker of the sentence
// before, at most two back, the way a reader carries the speaker of a quote into the next sentence.
import { spansOf, type Doc, type Field, type Span } from "../../doc.js";
import { readLexiconLines } from "../../lexicon.js";

const VERBS = readLexiconLines("claims/reporting-verbs.txt").join("|");
const ROLES = readLexiconLines("claims/speaker-roles.txt").join("|");
// A capitalised name of one to four words, allowing "al-" and initials ("Michael R. Gordon").
const NAME = String.raw`(?:[A-Z][\p{L}'’.-]+(?:\s+(?:[A-Z][\p{L}'’.-]*|al-[\p{L}'’-]+)){0,3})`;
const ROLE_NP = String.raw`(?:(?:the|a|an)\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}(?:(?:former|senior|military|government|security|local|other)\s+){0,2}(?:${ROLES})s?`;
const PRONOUN = String.raw`(?:he|she|they|his|her|their)`;
const NP = `(?<np>${ROLE_NP}|${PRONOUN}|${NAME})`;
const FORMS = [
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+${NP}`, "gu"),
  new RegExp(String.raw`(?<![\p{L}-])${NP}\s+(?:has\s+|have\s+)?(?:${VERBS})\b`, "gu"),
  new RegExp(String.raw`\b(?:${VERBS})\s+${NP}`, "gu"),
];
const LOOKBACK = 2;
// Words a capitalised NAME may start with that are not names (sentence-initial words before "said").
const NOT_NAMES = /^(?:The|A|An|It|This|That|There|In|On|But|And|Officials?)$/;

export function findSpeaker(doc: Doc, sentenceIndex: number): Field<string> | null {
  const sentences = spansOf(doc, "sentences");
  const own = speakerIn(doc, sentences[sentenceIndex]);
  if (!own || !isPronoun(doc, own)) return own ? field(doc, [own], true) : null;
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - LOOKBACK); i--) {
    const earlier = speakerIn(doc, sentences[i]);
    if (earlier && !isPronoun(doc, earlier)) return field(doc, [earlier, own], false);
  }
  return null;
}

/** The first speaker phrase of the sentence, by the order of FORMS (the most explicit first). */
function speakerIn(doc: Doc, sentence: Span | undefined): Span | null {
  if (!sentence) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const form of FORMS) {
    for (const match of text.matchAll(form)) {
      const np = match.groups!.np;
      if (NOT_NAMES.test(np.split(/\s+/)[0]) && !new RegExp(`(?:${ROLES})s?$`, "i").test(np)) continue;
      const start = sentence.start + match.index! + match[0].indexOf(np);
      return { start, end: start + np.length, label: "SPEAKER", by: "events/find-speaker" };
    }
  }
  return null;
}

function isPronoun(doc: Doc, span: Span): boolean {
  return new RegExp(`^${PRONOUN}$`, "i").test(doc.text.slice(span.start, span.end));
}

function field(doc: Doc, evidence: Span[], stated: boolean): Field<string> {
  return { value: doc.text.slice(evidence[0].start, evidence[0].end), evidence, stated };
}
