import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenizeSentence } from "./tokenize-sentence.js";

const texts = (text: string) => tokenizeSentence(text).map((t) => t.text);

describe("tokenizeSentence", () => {
  it("keeps plain words and numbers whole, with offsets, beside chunks that split", () => {
    const text = "Gunmen fired 120 rounds at F16 jets, police said";
    const tokens = tokenizeSentence(text, 10);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["Gunmen", "fired", "120", "rounds", "at", "F16", "jets", ",", "police", "said"],
    );
    for (const t of tokens) assert.equal(text.slice(t.start - 10, t.end - 10), t.text);
  });

  it("splits clitics the UD/PTB way", () => {
    assert.deepEqual(texts("They don't know, can't say and won't."), [
      "They",
      "do",
      "n't",
      "know",
      ",",
      "ca",
      "n't",
      "say",
      "and",
      "wo",
      "n't",
      ".",
    ]);
    assert.deepEqual(texts("The army's claim: I'm sure we'll see."), [
      "The",
      "army",
      "'s",
      "claim",
      ":",
      "I",
      "'m",
      "sure",
      "we",
      "'ll",
      "see",
      ".",
    ]);
  });

  it("keeps abbreviations, decimals and addresses whole", () => {
    assert.deepEqual(texts("U.S. troops left at 6 p.m. with Mr. Lee."), [
      "U.S.",
      "troops",
      "left",
      "at",
      "6",
      "p.m.",
      "with",
      "Mr.",
      "Lee",
      ".",
    ]);
    assert.deepEqual(texts("It cost $3.5 million, 1,200 more (see www.example.org)."), [
      "It",
      "cost",
      "$",
      "3.5",
      "million",
      ",",
      "1,200",
      "more",
      "(",
      "see",
      "www.example.org",
      ")",
      ".",
    ]);
  });

  it("cuts hyphens and slashes between words and a trailing percent sign", () => {
    assert.deepEqual(texts("A long-term and/or 40% rise"), [
      "A",
      "long",
      "-",
      "term",
      "and",
      "/",
      "or",
      "40",
      "%",
      "rise",
    ]);
  });

  it("counts offsets in UTF-16 code units, so an emoji before a token shifts it by two", () => {
    const text = "Shelling 💥 hit Kharkiv 🇺🇦 today.";
    const tokens = tokenizeSentence(text, 100);
    for (const token of tokens) assert.equal(text.slice(token.start - 100, token.end - 100), token.text);
    const kharkiv = tokens.find((t) => t.text === "Kharkiv");
    assert.equal(kharkiv?.start, 100 + "Shelling 💥 hit ".length);
    assert.equal("Shelling 💥 hit ".length, 16); // 💥 is a surrogate pair: two code units
    assert.ok(tokens.some((t) => t.text === "💥"));
  });

  it("negative cases: no empty tokens, whitespace only gives nothing", () => {
    assert.deepEqual(tokenizeSentence("   \n "), []);
    assert.ok(tokenizeSentence('"..." (!)').every((t) => t.end > t.start));
  });
});
