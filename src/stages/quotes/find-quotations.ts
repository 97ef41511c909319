// Quotation marks -> quoted ranges. Curly and straight quotes are paired separately (scraped pages mix
// them), a ” that stands where an opening mark belongs (after a space, before a letter) opens a quote,
// and an unclosed quote ends with its paragraph. Two apostrophes ('') stand for a double quote in
// some newspaper archives (the New York Times' plain-text feed); they pair only with each other.
import { findAllMatches } from "../../text/find-all-matches.js";

export type Quotation = { start: number; end: number; innerStart: number; innerEnd: number };

export function findQuotations(text: string): Quotation[] {
  return [
    ...pairMarks(text, isCurlyOpening, (t, i) => t[i] === "”"),
    ...pairMarks(text, isStraightOpening, (t, i) => t[i] === '"'),
    ...pairDoubledApostrophes(text),
  ].sort((a, b) => a.start - b.start);
}

const DOUBLED_APOSTROPHES = /(?<=^|[\s([—–-])''(?=\S)((?:(?!''|\n\n)[\s\S])+?)''/g;

function pairDoubledApostrophes(text: string): Quotation[] {
  return findAllMatches(text, DOUBLED_APOSTROPHES).map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    innerStart: m.index! + 2,
    innerEnd: m.index! + m[0].length - 2,
  }));
}

function pairMarks(
  text: string,
  isOpening: (t: string, i: number) => boolean,
  isClosing: (t: string, i: number) => boolean,
): Quotation[] {
  const quotations: Quotation[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (open >= 0 && text[i] === "\n" && text[i + 1] === "\n") open = -1;
    else if (open < 0 && isOpening(text, i)) open = i;
    else if (open >= 0 && isClosing(text, i)) {
      if (i - open > 1) quotations.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      open = -1;
    }
  }
  return quotations;
}

function isCurlyOpening(text: string, i: number): boolean {
  return (
    text[i] === "“" || (text[i] === "”" && (i === 0 || /\s/.test(text[i - 1])) && /\p{L}/u.test(text[i + 1] ?? ""))
  );
}

function isStraightOpening(text: string, i: number): boolean {
  return text[i] === '"' && (i === 0 || /[\s([—–-]/.test(text[i - 1])) && /\S/.test(text[i + 1] ?? "");
}
