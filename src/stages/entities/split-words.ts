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
    words.push({ start: start + m.index!, end: start + m.index! + token.length, text: token, isCapitalised: /^\p{Lu}/u.test(token), isInitial: initial, inCapsLine: false });
    if (isWordlike) initial = false;
    else if (/^[.!?:"“(–—-]$/.test(token)) initial = true;
  }
  markCapsLine(words);
  return words;
}

/** A sentence whose letters are nearly all capitals (three words or more, or a lone capitalised word). */
function markCapsLine(words: Word[]): void {
  const lettered = words.filter((w) => /\p{L}{2}/u.test(w.text));
  const upper = lettered.filter((w) => w.text === w.text.toUpperCase());
  if (lettered.length > 0 && upper.length / lettered.length >= 0.8 && (lettered.length >= 3 || upper.length === lettered.length)) {
    for (const w of words) w.inCapsLine = true;
  }
}
