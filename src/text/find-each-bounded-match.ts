// A lexicon of bounded patterns (find-bounded-matches.ts) over one text: the trigger words, the weapons. Run
// one by one, each pattern is tried at every position of the text, about 25 µs a pattern on a 700-word
// report. One scan with all the bodies as alternatives of a lookahead finds the few positions where some
// pattern matches; each pattern is then tried, anchored, at those positions alone. Its matches are those
// findBoundedMatches finds: a global search from L returns the match at the first position from L where the
// body matches, which is the anchored match there, and the positions are taken in the same order.
import { advanceIndex } from "./find-all-matches.js";
import { type BoundedPattern, findBoundedMatches } from "./find-bounded-matches.js";

/** The patterns, their bodies anchored (sticky) and the one scan, or null where the bodies cannot share one. */
export type BoundedPatternSet = {
  patterns: readonly BoundedPattern[];
  anchored: readonly RegExp[];
  anyStart: RegExp | null;
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
  const anyStart = canShare ? new RegExp(`(?=${patterns.map((p) => `(?:${p.body.source})`).join("|")})`, flags) : null;
  return { patterns, anchored, anyStart, isUnicode: /[uv]/.test(flags) };
}

/** For each pattern of the set, findBoundedMatches(text, pattern): the same matches in the same order. */
export function findEachBoundedMatch(text: string, set: BoundedPatternSet): RegExpExecArray[][] {
  const { patterns, anchored, anyStart, isUnicode } = set;
  if (!anyStart) return patterns.map((pattern) => findBoundedMatches(text, pattern));
  const starts = findMatchStarts(text, anyStart, isUnicode);
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

/** Every position where the lookahead scan matches, in order (the scan matches no text, so it moves on by hand). */
function findMatchStarts(text: string, anyStart: RegExp, isUnicode: boolean): number[] {
  const starts: number[] = [];
  anyStart.lastIndex = 0;
  for (let match = anyStart.exec(text); match; match = anyStart.exec(text)) {
    starts.push(match.index);
    anyStart.lastIndex = advanceIndex(text, match.index, isUnicode);
  }
  return starts;
}
