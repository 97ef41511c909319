import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findBeforeWord, type WordEndedPattern } from "./find-before-word.js";

// The border pattern's shape: two names of one or two words, a separator, then "border" and a noun.
const WORD = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
const SOURCE = String.raw`(${WORD})\s?[-–/]\s?(${WORD})\s+border(?:\s+(?:area|region|zone|crossing))?`;
const GLOBAL = new RegExp(SOURCE, "gu");
const PATTERN: WordEndedPattern = {
  sticky: new RegExp(SOURCE, "uy"),
  word: "border",
  inside: /[\p{L}.\-–/]/u,
  maxSpaceRuns: 5,
};
// Names, separators, spaces, the word inside and outside a match, an astral capital (a surrogate pair).
const PARTS = [
  "Syrian",
  "Iraqi",
  "North",
  "U.S.",
  "-",
  "–",
  "/",
  " ",
  "  ",
  "\n",
  "border",
  "borders",
  " area",
  "x",
  ",",
  "𝐀b",
  "é",
];
const describeMatches = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, [...m]]);

describe("findBeforeWord", () => {
  it("finds the match that ends on the word", () => {
    const found = findBeforeWord("Shelling near the Syrian-Iraqi border area.", PATTERN);
    assert.deepEqual(
      found.map((m) => [m.index, m[0], m[1], m[2]]),
      [[18, "Syrian-Iraqi border area", "Syrian", "Iraqi"]],
    );
  });

  it("negative case: names far from the word, or no word at all, match nothing", () => {
    assert.deepEqual(findBeforeWord("Syrian-Iraqi talks, then the border.", PATTERN), []);
    assert.deepEqual(findBeforeWord("Syrian-Iraqi frontier", PATTERN), []);
  });

  it("gives exactly what matchAll of the global pattern gives, on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        assert.deepEqual(describeMatches(findBeforeWord(text, PATTERN)), describeMatches([...text.matchAll(GLOBAL)]));
      }),
      { numRuns: 3000 },
    );
  });
});
