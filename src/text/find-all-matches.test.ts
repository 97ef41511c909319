import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findAllMatches } from "./find-all-matches.js";

// Patterns with empty matches, groups, a lookbehind, case folding and code points (an emoji is a surrogate pair).
const PATTERNS = [/\p{L}+/gu, /(?<n>\d+)(?:,\d+)*/g, /x*/g, /x*/gu, /(?<![a-z])ab|b/gi, /./gsu, /\b/g, /😀?/gu];
const CHARS = ["a", "b", "x", "A", "1", ",", " ", "\n", "😀", "\ud83d", "é", "ab", "xx"];
const describeMatches = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, [...m], m.groups]);

describe("findAllMatches", () => {
  it("finds every match in order, with its groups", () => {
    const found = findAllMatches("12,000 dead, 3 hurt", /(?<n>\d+)(?:,\d+)*/g);
    assert.deepEqual(
      found.map((m) => [m.index, m[0], m.groups?.n]),
      [
        [0, "12,000", "12"],
        [13, "3", "3"],
      ],
    );
  });

  it("gives exactly what matchAll gives, empty matches and surrogate pairs included", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        for (const pattern of PATTERNS)
          assert.deepEqual(
            describeMatches(findAllMatches(text, pattern)),
            describeMatches([...text.matchAll(pattern)]),
          );
      }),
    );
  });

  it("starts from the pattern's lastIndex, as matchAll does, and puts it back", () => {
    const pattern = /a/g;
    pattern.lastIndex = 2;
    assert.deepEqual(
      findAllMatches("aaaa", pattern).map((m) => m.index),
      [..."aaaa".matchAll(pattern)].map((m) => m.index),
    );
    assert.equal(pattern.lastIndex, 2);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    assert.throws(() => findAllMatches("a", /a/), TypeError);
  });
});

describe("findAllMatches up to a last start", () => {
  it("keeps the matches that start at or before it, and stops at the first that starts later", () => {
    const pattern = /\d+/g;
    assert.deepEqual(
      findAllMatches("1 22 333 4444", pattern, 5).map((m) => m[0]),
      ["1", "22", "333"],
    );
    assert.equal(pattern.lastIndex, 0, "the pattern's lastIndex is put back");
  });
});
