// Lexicon patterns that must start a word: `(?<![\p{L}\p{N}-])(?:body)`. With the lookbehind first, V8 can
// skip no position of the text and runs the whole lookbehind at each one (about 70% of the trigger
// patterns' time on a news article). Matching the body alone and rejecting a match that a letter precedes,
// then searching again from the next position, finds exactly the matches the lookbehind form finds.
// A pattern may also carry a gate: a simpler pattern that every match of the body contains a match of (the
// literal words a match cannot do without). A text the gate does not match holds no match, and the body,
// tried at every position of the text, is not run on it.
import { advanceIndex } from "./find-all-matches.js";

/** A pattern with its leading "not after" character class kept apart, and its gate if it has one. */
export type BoundedPattern = { body: RegExp; before: RegExp; gate?: RegExp };

/**
 * `(?<!notAfter)(?:body)` as a BoundedPattern: `notAfter` is one character class, `flags` the pattern's.
 * `gate`: a pattern (same flags) of which every match of `body` contains a match; the caller vouches for that.
 */
export function makeBoundedPattern(notAfter: string, body: string, flags: string, gate?: string): BoundedPattern {
  const plain = flags.replace(/[gy]/g, "");
  const pattern: BoundedPattern = { body: new RegExp(body, `${plain}g`), before: new RegExp(`${notAfter}$`, plain) };
  if (gate !== undefined) pattern.gate = new RegExp(gate, plain);
  return pattern;
}

/** Every match, in order, that `[...text.matchAll(/(?<!notAfter)(?:body)/g)]` would give. */
export function findBoundedMatches(text: string, pattern: BoundedPattern): RegExpExecArray[] {
  const { body, before, gate } = pattern;
  const found: RegExpExecArray[] = [];
  if (gate && !gate.test(text)) return found;
  body.lastIndex = 0;
  for (let match = body.exec(text); match; match = body.exec(text)) {
    const at = match.index;
    // Two code units: the character before may be a surrogate pair (the "u" flag reads it as one).
    if (at > 0 && before.test(text.slice(Math.max(0, at - 2), at)))
      body.lastIndex = advanceIndex(text, at, body.unicode);
    else {
      found.push(match);
      if (match[0] === "") body.lastIndex = advanceIndex(text, at, body.unicode);
    }
  }
  return found;
}

/** Whether `/(?<!notAfter)(?:body)/.test(text)`: findBoundedMatches stopped at its first match. */
export function hasBoundedMatch(text: string, pattern: BoundedPattern): boolean {
  const { body, before, gate } = pattern;
  if (gate && !gate.test(text)) return false;
  body.lastIndex = 0;
  for (let match = body.exec(text); match; match = body.exec(text)) {
    const at = match.index;
    if (!(at > 0 && before.test(text.slice(Math.max(0, at - 2), at)))) return true;
    body.lastIndex = advanceIndex(text, at, body.unicode);
  }
  return false;
}
