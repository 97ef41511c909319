import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findBoundedMatches, makeBoundedPattern } from "./find-bounded-matches.js";
import { findEachBoundedMatch, makeBoundedPatternSet } from "./find-each-bounded-match.js";

const BEFORE = "[\\p{L}\\p{N}-]";
// Bodies that overlap one another and themselves, one with a lookbehind inside, one that can match no text.
const BODIES = [
  "(?:air\\s*strikes?|strikes?|shell(?:ing|ed|s)?)(?![\\p{L}\\p{N}])",
  "(?:(?<!suicide )bombers?|bomb(?:ing|ed|s)?)(?![\\p{L}\\p{N}])",
  "(?:kill(?:ed|ing)?|ed|air)(?![\\p{L}\\p{N}])",
  "(?:\\p{Lu}\\w*|😀x?)",
  "x*",
];
const CHARS = ["a", "x", "A", "-", "1", " ", "😀", "é", "air", "strike", "shell", "killed", "ed", "bomber", "suicide "];

const describeMatches = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, [...m], m.groups]);

describe("findEachBoundedMatch", () => {
  it("finds each pattern's matches, overlapping another pattern's", () => {
    const patterns = BODIES.slice(0, 3).map((body) => makeBoundedPattern(BEFORE, body, "giu"));
    const found = findEachBoundedMatch(
      "Air strikes and suicide bombers killed ten; bombers re-bombed",
      makeBoundedPatternSet(patterns),
    );
    assert.deepEqual(
      found.map((matches) => matches.map((m) => m[0])),
      [["Air strikes"], ["bombers"], ["Air", "killed"]],
    );
  });

  it("gives findBoundedMatches' matches for every pattern, on any text", () => {
    // The second "not after" class differs from the others: the scan then asks for no character before.
    for (const [flags, other] of [
      ["giu", BEFORE],
      ["gu", BEFORE],
      ["giu", "[\\p{L}]"],
    ]) {
      const patterns = BODIES.map((body, i) => makeBoundedPattern(i === 1 ? other : BEFORE, body, flags));
      const set = makeBoundedPatternSet(patterns);
      assert.ok(set.anyStart, "the bodies share one scan");
      assert.equal(set.atTextStart !== null, other === BEFORE);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (parts) => {
          const text = parts.join("");
          assert.deepEqual(
            findEachBoundedMatch(text, set).map(describeMatches),
            patterns.map((p) => describeMatches(findBoundedMatches(text, p))),
          );
        }),
        { numRuns: 300 },
      );
    }
  });

  it("searches pattern by pattern where the bodies cannot be alternatives of one scan", () => {
    const patterns = ["(a)\\1", "(?<x>b)"].map((body) => makeBoundedPattern(BEFORE, body, "gu"));
    const set = makeBoundedPatternSet(patterns);
    assert.equal(set.anyStart, null);
    assert.deepEqual(
      findEachBoundedMatch("aa b", set).map((ms) => ms.map((m) => m[0])),
      [["aa"], ["b"]],
    );
  });
});
