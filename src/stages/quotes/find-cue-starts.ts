// Where the cue pattern (find-cues.ts) may start matching, so that it is run from there and not tried at
// every word of a sentence: a cue ends in a verb form whose first word is a whole ASCII word of the text,
// and starts at most a chain of auxiliaries ("has also", "did not") before it.

/** What a text's words are tested against: see CueLexicon (find-cues.ts), which builds them. */
export type CueStartWords = {
  /** The first word of every cue form, and "according"/"According". */
  firstWords: ReadonlySet<string>;
  /** A whole auxiliary of the cue pattern (or "once" of "once again"). */
  isAuxiliary: RegExp;
  /** A word that ends in one: the pattern may start inside it, after a non-ASCII letter or a quotation mark. */
  endsInAuxiliary: RegExp;
};

/**
 * The starts of the text's whole ASCII words (runs of [A-Za-z0-9_]: the cue pattern's \b is ASCII's, as
 * its flags have no /i) that are a cue form's first word: every form is lowercase letters and spaces, so
 * its first word, bounded by \b or a space on either side, is such a run whole.
 */
export function findCueVerbStarts(text: string, firstWords: ReadonlySet<string>): number[] {
  const starts: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const isWordChar = i < text.length && isAsciiWordChar(text.charCodeAt(i));
    if (isWordChar && start < 0) start = i;
    else if (!isWordChar && start >= 0) {
      if (firstWords.has(text.slice(start, i))) starts.push(start);
      start = -1;
    }
  }
  return starts;
}

/**
 * A position no later than the start of any cue whose verb starts at `verb`: the start of the verb's
 * space-separated word, moved back over every whole auxiliary before it, and over one more word that
 * only ends in one. The pattern's auxiliaries are each followed by spaces, so its match cannot begin
 * earlier.
 */
export function findCueChainStart(text: string, verb: number, words: CueStartWords): number {
  let at = verb;
  while (at > 0 && !isSpace(text[at - 1])) at -= 1;
  while (at > 0) {
    let end = at;
    while (end > 0 && isSpace(text[end - 1])) end -= 1;
    let start = end;
    while (start > 0 && !isSpace(text[start - 1])) start -= 1;
    const word = text.slice(start, end);
    if (words.isAuxiliary.test(word)) at = start;
    else return words.endsInAuxiliary.test(word) ? start : at;
  }
  return at;
}

const SPACE = /\s/;

function isSpace(char: string): boolean {
  return char === " " || SPACE.test(char);
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
