import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findBoundedMatches, hasBoundedMatch, makeBoundedPattern } from "./find-bounded-matches.js";

const BEFORE = "[\\p{L}\\p{N}-]";
const BODIES = [
  "(?:air\\s*strikes?|strikes?|shell(?:ing|ed|s)?)(?![\\p{L}\\p{N}])",
  "(?:kill(?:ed|ing)?|ed)(?![\\p{L}\\p{N}])",
  "(?:\\p{Lu}\\w*|😀x?)",
  "(?<who>ab|b)",
];
// Letters, a hyphen, digits, spaces, an emoji (a surrogate pair) and U+0345, a mark that case-folds to a letter.
const CHARS = ["a", "b", "x", "A", "B", "-", "1", " ", "\n", "😀", "\u0345", "é", "strike", "shell", "killed", "ed"];

const withLookbehind = (body: string, flags: string) => new RegExp(`(?<!${BEFORE})(?:${body})`, flags);
const describeMatches = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m.groups?.who]);

describe("findBoundedMatches", () => {
  it("finds a word-initial match and skips one inside a word", () => {
    const pattern = makeBoundedPattern(BEFORE, BODIES[0], "giu");
    const found = findBoundedMatches("Airstrikes hit; counter-strikes and restrikes, then AIR STRIKES.", pattern);
    assert.deepEqual(
      found.map((m) => m[0]),
      ["Airstrikes", "AIR STRIKES"],
    );
  });

  it("gives exactly what matchAll gives with the lookbehind in front, on any text", () => {
    for (const flags of ["giu", "gu"])
      for (const body of BODIES) {
        const pattern = makeBoundedPattern(BEFORE, body, flags);
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (parts) => {
            const text = parts.join("");
            assert.deepEqual(
              describeMatches(findBoundedMatches(text, pattern)),
              describeMatches([...text.matchAll(withLookbehind(body, flags))]),
            );
          }),
          { numRuns: 300 },
        );
      }
  });
});

describe("hasBoundedMatch", () => {
  it("says yes for a word-initial match and no for one inside a word only", () => {
    const pattern = makeBoundedPattern(BEFORE, BODIES[0], "iu");
    assert.equal(hasBoundedMatch("counter-strikes and restrikes, then an AIR STRIKE", pattern), true);
    assert.equal(hasBoundedMatch("counter-strikes and restrikes", pattern), false);
  });

  it("answers what test() answers with the lookbehind in front, on any text", () => {
    for (const flags of ["iu", "u"])
      for (const body of BODIES) {
        const pattern = makeBoundedPattern(BEFORE, body, flags);
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (parts) => {
            const text = parts.join("");
            assert.equal(hasBoundedMatch(text, pattern), withLookbehind(body, flags).test(text));
          }),
          { numRuns: 300 },
        );
      }
  });
});

describe("a bounded pattern's gate", () => {
  // Every match of the body ends in "strike(s)"/"shell…": a text without one of those is not searched.
  const gated = makeBoundedPattern(BEFORE, BODIES[0], "giu", "strike|shell");

  it("leaves the matches as they are where the gate matches", () => {
    const text = "Airstrikes hit; counter-strikes and then shelling.";
    assert.deepEqual(
      describeMatches(findBoundedMatches(text, gated)),
      describeMatches(findBoundedMatches(text, makeBoundedPattern(BEFORE, BODIES[0], "giu"))),
    );
    assert.equal(hasBoundedMatch(text, gated), true);
  });

  it("finds nothing where the gate does not match, even if the body would", () => {
    // A gate that does not hold for the body shows the body was not run.
    const wrongGate = makeBoundedPattern(BEFORE, BODIES[0], "giu", "bombing");
    assert.deepEqual(findBoundedMatches("an air strike", wrongGate), []);
    assert.equal(hasBoundedMatch("an air strike", wrongGate), false);
  });
});
