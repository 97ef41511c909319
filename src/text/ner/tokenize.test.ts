import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "./tokenize.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

test("ner tokenize: punctuation and the possessive apart, abbreviations and numbers whole", () => {
  assert.deepEqual(texts("Gen. Ali's U.S.-backed forces, 1,200 strong, left Kafr-Nabl."), [
    "Gen.",
    "Ali",
    "'s",
    "U.S.-backed",
    "forces",
    ",",
    "1,200",
    "strong",
    ",",
    "left",
    "Kafr-Nabl",
    ".",
  ]);
  assert.deepEqual(texts("O'Neill met J. Smith (Acme Corp. chief) in 1990s Boston"), [
    "O'Neill",
    "met",
    "J.",
    "Smith",
    "(",
    "Acme",
    "Corp.",
    "chief",
    ")",
    "in",
    "1990s",
    "Boston",
  ]);
});

test("ner tokenize: dates, ages, contractions, dashes and state abbreviations stay as newspapers write them", () => {
  assert.deepEqual(texts("TULSA, Okla. 2024-05-01 -- a 26-year-old I'm sure ..."), [
    "TULSA",
    ",",
    "Okla.",
    "2024-05-01",
    "--",
    "a",
    "26-year-old",
    "I",
    "'m",
    "sure",
    "...",
  ]);
});

test("ner tokenize: offsets are UTF-16 code units, past an astral character too", () => {
  const text = "🔥 Fire in Maralba";
  for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
  assert.equal(tokenize(text).at(-1)?.start, text.indexOf("Maralba"));
});
