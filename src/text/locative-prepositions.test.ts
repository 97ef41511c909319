import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { endsWithLocative, LOCATIVE_PREPOSITIONS } from "./locative-prepositions.js";

describe("locative prepositions", () => {
  it("a preposition, with or without the article, or a coordinating and, ends the text", () => {
    for (const before of ["strikes in ", "shelling near the ", "fighting in Syria and ", "crossed from "])
      assert.ok(endsWithLocative(before), before);
  });

  describe("negative cases", () => {
    it("a verb, a preposition inside a word, or a word after the preposition is no frame", () => {
      for (const before of ["officials said ", "the latin ", "in the north ", "in", ""])
        assert.equal(endsWithLocative(before), false, before);
    });
    it("the list holds plain lowercase words, each once, so it joins into a linear alternation", () => {
      assert.ok(LOCATIVE_PREPOSITIONS.every((w) => /^[a-z]+$/.test(w)));
      assert.equal(new Set(LOCATIVE_PREPOSITIONS).size, LOCATIVE_PREPOSITIONS.length);
    });
  });
});
