import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitWords } from "./split-words.js";

const split = (text: string) => splitWords(text, 0, text.length);

describe("entities: splitWords", () => {
  it("marks a line of capitals, ASCII or not, and only such a line", () => {
    const isCapsLine = (text: string) => split(text).every((w) => w.inCapsLine);
    assert.equal(isCapsLine("REBELS SEIZE TOWN NEAR BORDER"), true);
    assert.equal(isCapsLine("ÉMEUTES À BAMAKO: TROIS MORTS"), true);
    assert.equal(isCapsLine("Rebels seize a town near the border"), false);
    // Three lettered words, one in lower case: 2/3 is under the line's share.
    assert.equal(isCapsLine("REBELS SEIZE town"), false);
    // "ß" upper-cases to "SS": a word holding it is not in capitals.
    assert.equal(isCapsLine("STRAßE"), false);
    assert.equal(
      split("AK-47 US A").some((w) => w.inCapsLine),
      true,
    );
  });

  it("splits a possessive off in either apostrophe and either case, ASCII or not", () => {
    const words = split("Biden’s aides, NATO'S envoy and Öcalan’s lawyer");
    assert.deepEqual(
      words.map((w) => w.text),
      ["Biden", "’s", "aides", ",", "NATO", "'S", "envoy", "and", "Öcalan", "’s", "lawyer"],
    );
  });

  it("a capitalised word with a digit, ASCII or not, is no name; a non-ASCII capital is one", () => {
    const words = split("The F-15E and Ab² units left Ürümqi");
    const capitalised = Object.fromEntries(words.map((w) => [w.text, w.isCapitalised]));
    assert.deepEqual(capitalised, {
      The: true,
      "F-15E": false,
      and: false,
      "Ab²": false,
      units: false,
      left: false,
      Ürümqi: true,
    });
  });

  it("a word after a dash or a quotation mark opens a clause; a digit or a non-ASCII letter is a word", () => {
    const words = split("Police — Witnesses 12 Élan");
    assert.deepEqual(
      words.map((w) => w.isInitial),
      [true, false, true, false, false],
    );
  });
});
