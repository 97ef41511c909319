// Character ranges of the text and the small edits the attribution matchers make on them.
import type { Span } from "../../doc.js";

export type Range = { start: number; end: number };

export function lastComma(text: string, from: number, to: number): number {
  const index = text.slice(from, to).lastIndexOf(",");
  return index < 0 ? from : from + index;
}

// A title or an initial with its full stop: "Brig.", "Gen.", "J.".
const ABBREVIATION = /\b(?:\p{Lu}\p{Ll}{0,3}|\p{Lu})\./gu;

/** Abbreviations kept at their offsets: the full stop becomes "_" ("said Brig. Gen. Yahya Rasool, …"). */
export function maskAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (m) => `${m.slice(0, -1)}_`);
}

/** Titles, initials and party tags hold full stops that end no sentence: "Rep. Tom Reed (R-Ohio)". */
export function withoutAbbreviations(text: string): string {
  return text.replace(/\([^()]*\)/g, "").replace(ABBREVIATION, "");
}

export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /[\s,;:“”"]/.test(text[start])) start++;
  while (end > start && /[\s,;:.“”"]/.test(text[end - 1])) end--;
  return { start, end: Math.max(start, end) };
}

export function rangeOf(span: Span): Range {
  return { start: span.start, end: span.end };
}

export function length(range: Range): number {
  return range.end - range.start;
}
