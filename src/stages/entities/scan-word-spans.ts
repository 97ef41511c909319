// The word patterns of the entities stage, scanned by hand: every report's text goes through them, and
// `exec` on a /u pattern costs more per word than the matching (a match array with its index, input and
// groups for each of ~1,500 words a report). Each scanner gives exactly the matches of its pattern (tested
// against the pattern on random text), as a flat list of offsets: start, end, start, end, ...
// ASCII is read by char code; any other code point by the pattern's own Unicode classes.

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

/** One code point's length in code units at `i`: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The code point at `i` as a string (only for non-ASCII, where the Unicode classes are asked). */
function codePointText(text: string, i: number): string {
  return text.slice(i, i + widthAt(text, i));
}

/** /[\p{L}\p{N}]/u at `i`. */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(codePointText(text, i));
}

/** /\p{L}/u at `i`. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(codePointText(text, i));
}

/** The matches of /\p{L}+/gu: the runs of letters. */
export function scanLetterRuns(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isLetterAt(text, i)) {
      i += widthAt(text, i);
      continue;
    }
    let end = i;
    while (end < text.length && isLetterAt(text, end)) end += widthAt(text, end);
    spans.push(i, end);
    i = end;
  }
  return spans;
}

/** /[\p{L}\p{N}\p{M}]/u at `i`. */
function isLetterDigitOrMarkAt(text: string, i: number): boolean {
  return isLetterOrDigitAt(text, i) || (text.charCodeAt(i) >= 128 && MARK.test(codePointText(text, i)));
}

/** /\s/u at `i`. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(codePointText(text, i));
}

/** The characters other than letters, digits and marks that may stand inside an alias word: ' ’ ‘ ` ʼ . & */
function isAliasInnerMark(code: number): boolean {
  return (
    code === 39 || code === 0x2019 || code === 0x2018 || code === 96 || code === 0x2bc || code === 46 || code === 38
  );
}

/**
 * The matches of /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’‘`ʼ.&]*[\p{L}\p{N}\p{M}])?\.?/gu: a letter or digit, the run
 * of word characters after it up to its last letter, digit or mark, and one dot after that.
 */
export function scanAliasWordSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isLetterOrDigitAt(text, i)) {
      i += widthAt(text, i);
      continue;
    }
    let end = i + widthAt(text, i);
    for (let j = end; j < text.length; ) {
      if (isLetterDigitOrMarkAt(text, j)) end = j += widthAt(text, j);
      else if (isAliasInnerMark(text.charCodeAt(j))) j += 1;
      else break;
    }
    if (text.charCodeAt(end) === 46) end += 1;
    spans.push(i, end);
    i = end;
  }
  return spans;
}

/** ' ’ . & - : what may join two runs of letters and digits into one word. */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 45;
}

/**
 * The matches of /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:\.(?=\s|$))?|[^\s\p{L}\p{N}]/gu: a word (runs of
 * letters and digits joined by one inner mark, and a dot before a space or the end), or one other visible
 * character.
 */
export function scanWordSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (isLetterOrDigitAt(text, i)) {
      let end = skipLettersAndDigits(text, i);
      while (isWordJoiner(text.charCodeAt(end)) && end + 1 < text.length && isLetterOrDigitAt(text, end + 1))
        end = skipLettersAndDigits(text, end + 1);
      if (text.charCodeAt(end) === 46 && (end + 1 === text.length || isSpaceAt(text, end + 1))) end += 1;
      spans.push(i, end);
      i = end;
    } else {
      const width = widthAt(text, i);
      if (!isSpaceAt(text, i)) spans.push(i, i + width);
      i += width;
    }
  }
  return spans;
}

/** Where the run of letters and digits from `i` ends. */
function skipLettersAndDigits(text: string, i: number): number {
  let at = i;
  while (at < text.length && isLetterOrDigitAt(text, at)) at += widthAt(text, at);
  return at;
}
