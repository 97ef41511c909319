// Sentences: Intl.Segmenter (ICU's rules) proposes breaks; we undo the ones after an abbreviation
// ("Mr. Knights", "U.S. forces", "6 p.m. Eastern") and add breaks at line ends, since a headline,
// dateline or pull-quote line never runs on into the next paragraph.
import type { Doc, LayerSpan } from "../../doc.js";
import { withLayer } from "../../doc.js";
import { readLexiconLines } from "../../lexicon.js";
import type { Stage } from "../../stage.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** What the sentences stage reads from lexicon/: the abbreviations a period does not end a sentence after. */
export type SentenceLexicons = { abbreviations: ReadonlySet<string> };

/** Read once by loadResources() and handed to createSentencesStage. */
export function loadSentenceLexicons(): SentenceLexicons {
  return { abbreviations: new Set(readLexiconLines("sentences/abbreviations.txt").map((l) => l.trim())) };
}

export function findSentences(text: string, lexicons: SentenceLexicons): LayerSpan<"sentences">[] {
  const spans: LayerSpan<"sentences">[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const piece of splitLine(line, lexicons.abbreviations))
      spans.push(trimSpan(text, lineStart + piece.start, lineStart + piece.end));
    lineStart += line.length + 1;
  }
  return spans.filter((s) => s.end > s.start);
}

function splitLine(line: string, abbreviations: ReadonlySet<string>): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segmenter.segment(line)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = pieces[pieces.length - 1];
    if (
      previous &&
      endsWithAbbreviation(line.slice(previous.start, previous.end), abbreviations) &&
      !startsNewSentenceAfterAbbreviation(segment.segment)
    ) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  return pieces;
}

const ABBREVIATION_AT_END = /(?:^|[\s("“])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.\s*$/;

function endsWithAbbreviation(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  const match = ABBREVIATION_AT_END.exec(sentence.slice(lastWordStart(sentence)));
  if (!match) return false;
  const word = match[1].replace(/\.$/, "");
  return abbreviations.has(word) || /^[A-Z]$/.test(word);
}

/**
 * Where ABBREVIATION_AT_END can match: one character before the run of letters and dots that the closing
 * blanks follow (its word, and the blank or bracket before it). The pattern, anchored at the end, would
 * otherwise be tried from every position of the sentence; from here it finds the same match.
 */
function lastWordStart(sentence: string): number {
  let end = sentence.length;
  while (end > 0 && /\s/.test(sentence[end - 1])) end--;
  let start = end;
  while (start > 0 && /[A-Za-z.]/.test(sentence[start - 1])) start--;
  return Math.max(0, start - 1);
}

/** After "p.m." or "U.S." a capitalised function word ("The", "It") still starts a new sentence. */
function startsNewSentenceAfterAbbreviation(next: string): boolean {
  return /^(The|It|He|She|They|We|In|On|But|A|An|This|That|There)\b/.test(next);
}

function trimSpan(text: string, start: number, end: number): LayerSpan<"sentences"> {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, label: "SENTENCE", by: "sentences/intl-segmenter" };
}

const SHAPE: Omit<Stage, "run"> = { name: "sentences", needs: [], makes: ["sentences"] };

export function createSentencesStage(lexicons: SentenceLexicons): Stage {
  return { ...SHAPE, run: (doc: Doc) => withLayer(doc, "sentences", findSentences(doc.text, lexicons)) };
}

/** For pipelines built without resources (tests, STAGES alone): reads the small lexicon on every run. */
export const sentencesStage: Stage = {
  ...SHAPE,
  run: (doc: Doc) => withLayer(doc, "sentences", findSentences(doc.text, loadSentenceLexicons())),
};
