// Words with offsets, for the name finder. A word keeps inner dots, apostrophes, hyphens and ampersands
// ("U.S.", "O'Neill", "al-Shuhada", "AT&T"); its trailing dot only when it is an initial or an
// abbreviation with inner dots ("J.", "U.S."), so a sentence's full stop stays outside the name.
export type Word = {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  isCapitalised: boolean;
  /** Opens a sentence, a line, or follows a quote or colon: capitalised there by position, not by name. */
  isInitial: boolean;
  /** Its sentence is written in capitals (a headline or dateline): case tells nothing there. */
  inCapsLine: boolean;
};

const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:\.(?=\s|$))?|[^\s\p{L}\p{N}]/gu;

export function splitWords(text: string, start: number, end: number): Word[] {
  const slice = text.slice(start, end);
  const words: Word[] = [];
  let initial = true;
  for (const m of slice.matchAll(WORD)) {
    let token = m[0];
    if (token.endsWith(".") && !/^\p{L}\.$|\p{L}\.\p{L}/u.test(token) && token.length > 1) token = token.slice(0, -1);
    const isWordlike = /[\p{L}\p{N}]/u.test(token);
    const at = start + m.index!;
    const possessive = /.['’]s$/iu.test(token) ? 2 : 0; // "Biden’s" -> "Biden" + "’s"
    words.push(makeWord(at, token.slice(0, token.length - possessive), initial));
    if (possessive) words.push(makeWord(at + token.length - 2, token.slice(-2), false));
    if (isWordlike) initial = false;
    else if (/^[.!?:"“(–—-]$/.test(token)) initial = true;
  }
  markCapsLine(words);
  return words;
}

function makeWord(start: number, text: string, isInitial: boolean): Word {
  // A word with a digit ("F-15E", "2021") is a model or a number, never a name here.
  return {
    start,
    end: start + text.length,
    text,
    isCapitalised: /^\p{Lu}/u.test(text) && !/\p{N}/u.test(text),
    isInitial,
    inCapsLine: false,
  };
}

/** A sentence whose letters are nearly all capitals (three words or more, or a lone capitalised word). */
function markCapsLine(words: Word[]): void {
  const lettered = words.filter((w) => /\p{L}{2}/u.test(w.text));
  const upper = lettered.filter((w) => w.text === w.text.toUpperCase());
  if (
    lettered.length > 0 &&
    upper.length / lettered.length >= 0.8 &&
    (lettered.length >= 3 || upper.length === lettered.length)
  ) {
    for (const w of words) w.inCapsLine = true;
  }
}
