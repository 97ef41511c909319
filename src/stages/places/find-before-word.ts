// A global pattern that ends on a fixed word ("... border") runs at every position of a text, though a
// match can only start a few words before an occurrence of that word. Trying the pattern (sticky) only
// at the positions within reach of each occurrence finds the same matches: a position out of reach of
// every occurrence cannot start one.

/** A pattern whose every match ends on `word`, with what may stand between its start and the word. */
export type WordEndedPattern = {
  /** The pattern with the sticky flag (and "u" if the original has it). */
  sticky: RegExp;
  word: string;
  /** One character a match may hold before the word, whitespace aside. */
  inside: RegExp;
  /** At most this many runs of whitespace stand between a match's start and the word. */
  maxSpaceRuns: number;
};

/** What `[...text.matchAll(pattern)]` gives for the global form of `pattern.sticky`. */
export function findBeforeWord(text: string, pattern: WordEndedPattern): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let cursor = 0;
  for (let at = text.indexOf(pattern.word); at >= 0; at = text.indexOf(pattern.word, at + 1)) {
    for (let p = Math.max(cursor, reachStart(text, at, pattern)); p <= at; p += 1) {
      pattern.sticky.lastIndex = p;
      const match = pattern.sticky.exec(text);
      if (!match) continue;
      found.push(match);
      cursor = p + Math.max(1, match[0].length);
      p = cursor - 1;
    }
  }
  return found;
}

/** The first position from which a match could reach the word at `at`. */
function reachStart(text: string, at: number, pattern: WordEndedPattern): number {
  let runs = 0;
  let i = at;
  for (; i > 0; i -= 1) {
    const char = text[i - 1];
    if (/\s/.test(char)) {
      if (i === at || !/\s/.test(text[i])) runs += 1;
      if (runs > pattern.maxSpaceRuns) break;
      continue;
    }
    const code = char.charCodeAt(0);
    // Half of a surrogate pair may belong to a letter the pattern reads whole: kept within reach.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (!pattern.inside.test(char)) break;
  }
  return i;
}
