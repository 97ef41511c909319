import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testEntityLexicons } from "../../testing/test-resources.js";
import { guessLoneWord } from "./guess-lone-word.js";
import { ENTITIES_SETTINGS } from "./settings.js";
import { splitWords } from "./split-words.js";

function guess(text: string) {
  const [word] = splitWords(text, 0, text.length);
  const { names, known, nameModel } = testEntityLexicons();
  return guessLoneWord(word, names, ENTITIES_SETTINGS.minNameProbability, known, nameModel);
}

describe("entities: a lone unknown word", () => {
  it("a first name is a person, a gazetteer town stays a place for the places stage", () => {
    assert.deepEqual(guess("Alan"), { label: "PERSON", rule: "first-name-alone" });
    assert.deepEqual(guess("Akalgarh"), { label: "LOC", rule: "unknown-default" });
  });

  it("a word the classifier is sure of gets its kind", () => {
    assert.deepEqual(guess("Hashemi"), { label: "PERSON", rule: "name-classifier" });
  });

  it("a title or an 'X-controlled' word is no name, and an unsure guess is dropped", () => {
    assert.equal(guess("General"), undefined);
    assert.equal(guess("KDP-controlled"), undefined);
    // "Qwzx": letters no list's names share; the classifier is unsure, so nothing is typed.
    assert.equal(guess("Qwzx"), undefined);
  });
});
