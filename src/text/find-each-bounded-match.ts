// A lexicon of bounded patterns (find-bounded-matches.ts) over one text: the trigger words, the weapons. Run
// one by one, each pattern is tried at every position of the text, about 25 µs a pattern on a 700-word
// report. One scan with all the bodies as alternatives of a lookahead finds the few positions where some
// pattern matches; each pattern is then tried, anchored, at those positions alone. Its matches are those
// findBoundedMatches finds: a global search from L returns the match at the first position from L where the
// body matches, which is the anchored match there, and the positions are taken in the same order.
// Where the patterns share their "not after" class, the scan also asks for a character outside it before the
// position (or the text's start): the alternatives are then tried after a space or a stop, not inside words.
import { advanceIndex } from "./find-all-matches.js";
import { type BoundedPattern, findBoundedMatches } from "./find-bounded-matches.js";

/** The patterns, their bodies anchored (sticky) and the one scan, or null where the bodies cannot share one. */
export type BoundedPatternSet = {
  patterns: readonly BoundedPattern[];
  anchored: readonly RegExp[];
  /** Each match ends where some body matches: a lookahead alone, or a character outside the shared class then it. */
  anyStart: RegExp | null;
  /** With the class in front: the lookahead anchored at the text's start, which has no character before it. */
  atTextStart: RegExp | null;
  /** Whether the bodies read code points ("u" or "v"): an empty match then moves on by a whole surrogate pair. */
  isUnicode: boolean;
};

// Numbered or named groups and backreferences would renumber or clash once the bodies are alternatives.
const HAS_GROUP_REFERENCE = /\\[1-9]|\\k<|\(\?<[A-Za-z_$]/;

export function makeBoundedPatternSet(patterns: readonly BoundedPattern[]): BoundedPatternSet {
  const flags = patterns[0]?.body.flags ?? "g";
  const anchored = patterns.map(({ body }) => new RegExp(body.source, `${body.flags.replace("g", "")}y`));
  const canShare =
    patterns.length > 1 && patterns.every(({ body }) => body.flags === flags && !HAS_GROUP_REFERENCE.test(body.source));
  const isUnicode = /[uv]/.test(flags);
  if (!canShare) return { patterns, anchored, anyStart: null, atTextStart: null, isUnicode };
  const lookahead = `(?=${patterns.map((p) => `(?:${p.body.source})`).join("|")})`;
  const outside = findSharedOutsideClass(patterns);
  if (outside === null)
    return { patterns, anchored, anyStart: new RegExp(lookahead, flags), atTextStart: null, isUnicode };
  return {
    patterns,
    anchored,
    anyStart: new RegExp(`${outside}${lookahead}`, flags),
    atTextStart: new RegExp(lookahead, `${flags.replace("g", "")}y`),
    isUnicode,
  };
}

/** `[^…]` where every pattern's `before` is the same `[…]$` with the same flags (makeBoundedPattern's), else null.
 * Under the same flags the negated class matches exactly the characters the class does not ("i" included). */
function findSharedOutsideClass(patterns: readonly BoundedPattern[]): string | null {
  const { source, flags } = patterns[0].before;
  const notAfter = /^\[(?!\^)(.*)\]\$$/s.exec(source);
  if (!notAfter || patterns.some(({ before }) => before.source !== source || before.flags !== flags)) return null;
  return `[^${notAfter[1]}]`;
}

/** For each pattern of the set, findBoundedMatches(text, pattern): the same matches in the same order. */
export function findEachBoundedMatch(text: string, set: BoundedPatternSet): RegExpExecArray[][] {
  const { patterns, anchored, anyStart, atTextStart, isUnicode } = set;
  if (!anyStart) return patterns.map((pattern) => findBoundedMatches(text, pattern));
  const starts = findMatchStarts(text, anyStart, atTextStart, isUnicode);
  return patterns.map((pattern, i) => {
    const body = anchored[i];
    const found: RegExpExecArray[] = [];
    let from = 0;
    for (const at of starts) {
      if (at < from) continue;
      body.lastIndex = at;
      const match = body.exec(text);
      if (!match || (at > 0 && pattern.before.test(text.slice(Math.max(0, at - 2), at)))) continue;
      found.push(match);
      from = match[0] === "" ? advanceIndex(text, at, isUnicode) : at + match[0].length;
    }
    return found;
  });
}

/** Every position where the scan's lookahead holds, in order: the end of each match of the scan. The next search
 * starts there (one character on after an empty match), so a character before one position is the next's too. */
function findMatchStarts(text: string, anyStart: RegExp, atTextStart: RegExp | null, isUnicode: boolean): number[] {
  const starts: number[] = [];
  if (atTextStart) {
    atTextStart.lastIndex = 0;
    if (atTextStart.test(text)) starts.push(0);
  }
  anyStart.lastIndex = 0;
  for (let match = anyStart.exec(text); match; match = anyStart.exec(text)) {
    const at = match.index + match[0].length;
    starts.push(at);
    anyStart.lastIndex = match[0] === "" ? advanceIndex(text, at, isUnicode) : at;
  }
  return starts;
}
