// Sentences: Intl.Segmenter (ICU's rules) proposes breaks; we undo the ones after an abbreviation
// ("Mr. Knights", "U.S. forces", "6 p.m. Eastern") and add breaks at line ends, since a headline,
// dateline or pull-quote line never runs on into the next paragraph.
import type { Doc, LayerSpan } from "../../doc.js";
import { withLayer } from "../../doc.js";
import { readLexiconLines } from "../../lexicon.js";
import type { Stage } from "../../stage.js";

const ABBREVIATIONS = new Set(readLexiconLines("sentences/abbreviations.txt").map((l) => l.trim()));
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function findSentences(text: string): LayerSpan<"sentences">[] {
  const spans: LayerSpan<"sentences">[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const piece of splitLine(line)) spans.push(trimSpan(text, lineStart + piece.start, lineStart + piece.end));
    lineStart += line.length + 1;
  }
  return spans.filter((s) => s.end > s.start);
}

function splitLine(line: string): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segmenter.segment(line)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = pieces[pieces.length - 1];
    if (
      previous &&
      endsWithAbbreviation(line.slice(previous.start, previous.end)) &&
      !startsNewSentenceAfterAbbreviation(segment.segment)
    ) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  return pieces;
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s("“])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.\s*$/.exec(sentence);
  if (!match) return false;
  const word = match[1].replace(/\.$/, "");
  return ABBREVIATIONS.has(word) || /^[A-Z]$/.test(word);
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

export const sentencesStage: Stage = {
  name: "sentences",
  needs: [],
  makes: ["sentences"],
  run: (doc: Doc) => withLayer(doc, "sentences", findSentences(doc.text)),
};
