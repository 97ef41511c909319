import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findAllMatches } from "../../text/find-all-matches.js";
import { scanAliasWordSpans, scanLetterRuns, scanWordSpans } from "./scan-word-spans.js";

const ALIAS_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’‘`ʼ.&]*[\p{L}\p{N}\p{M}])?\.?/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:\.(?=\s|$))?|[^\s\p{L}\p{N}]/gu;

// Pieces that meet every branch: ASCII and accented letters, a combining mark, digits of two scripts, the
// inner marks, spaces of two kinds, an astral letter, an emoji and lone surrogates.
const PIECES = [
  "a",
  "Z",
  "7",
  "é",
  "\u0301",
  "٣",
  " ",
  "\u00a0",
  "\n",
  ".",
  "'",
  "’",
  "‘",
  "`",
  "ʼ",
  "&",
  "-",
  ",",
  "“",
];
const ODD = ["𝐀", "😀", "\ud800", "\udc00", "al", "U.S.", "Kata’ib", "Hamas's", "F-15E", "A.", "..."];

/** A seeded random text of `length` pieces. */
function randomText(seed: number, length: number): string {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  let text = "";
  for (let i = 0; i < length; i++) {
    const from = next() < 0.85 ? PIECES : ODD;
    text += from[Math.floor(next() * from.length)];
  }
  return text;
}

const spansOf = (text: string, pattern: RegExp) =>
  findAllMatches(text, pattern).flatMap((m) => [m.index, m.index + m[0].length]);

describe("scan-word-spans: the scanners find exactly their patterns' matches", () => {
  it("alias words: the matches of the alias-word pattern on random text", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      assert.deepEqual(scanAliasWordSpans(text), spansOf(text, ALIAS_WORD), JSON.stringify(text));
    }
  });

  it("words: the matches of the name finder's word pattern on random text", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      assert.deepEqual(scanWordSpans(text), spansOf(text, WORD), JSON.stringify(text));
    }
  });

  it("letter runs: the matches of /\\p{L}+/gu on random text", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      assert.deepEqual(scanLetterRuns(text), spansOf(text, /\p{L}+/gu), JSON.stringify(text));
    }
  });

  it("keeps a name's inner dots and its initial's dot, not a sentence's full stop", () => {
    const text = "U.S. forces met al-Shuhada. J. Smith";
    const words = scanWordSpans(text);
    const found = words.flatMap((start, k) => (k % 2 ? [] : [text.slice(start, words[k + 1])]));
    assert.deepEqual(found, ["U.S.", "forces", "met", "al-Shuhada.", "J.", "Smith"]);
  });
});
