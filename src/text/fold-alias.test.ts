import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { foldAlias } from "./fold-alias.js";

// The fold before its ASCII shortcut: every text through NFKD.
const foldByNormalising = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’‘`ʼ]/g, "")
    .replace(/\./g, "")
    .replace(/[-‐–\s]+/g, " ")
    .trim()
    .toLowerCase();

describe("foldAlias", () => {
  it("folds apostrophes, dots, hyphens, accents and case", () => {
    assert.equal(foldAlias("Kata’ib Hezbollah"), "kataib hezbollah");
    assert.equal(foldAlias("al-Shuhada"), "al shuhada");
    assert.equal(foldAlias("U.S."), "us");
    assert.equal(foldAlias("Séguéla"), "seguela");
    assert.equal(foldAlias("ﬁve"), "five");
  });

  it("gives what full normalisation gives, for ASCII text and for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (text) =>
        assert.equal(foldAlias(text), foldByNormalising(text)),
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => assert.equal(foldAlias(text), foldByNormalising(text))),
    );
  });
});
