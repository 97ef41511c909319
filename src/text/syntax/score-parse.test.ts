import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addSentenceCounts, createParseCounts, summarizeCounts } from "./score-parse.js";

describe("scoreParse (CoNLL 2018)", () => {
  it("LAS compares the universal relation only and needs the head right", () => {
    const counts = createParseCounts();
    const gold = [
      { upos: "NOUN", head: 2, deprel: "nsubj:pass" },
      { upos: "VERB", head: 0, deprel: "root" },
      { upos: "NOUN", head: 2, deprel: "obj" },
      { upos: "PUNCT", head: 2, deprel: "punct" },
    ];
    const predicted = [
      { upos: "NOUN", head: 2, deprel: "nsubj" },
      { upos: "VERB", head: 0, deprel: "root" },
      { upos: "PROPN", head: 2, deprel: "iobj" },
      { upos: "PUNCT", head: 3, deprel: "punct" },
    ];
    addSentenceCounts(counts, gold, predicted);
    assert.deepEqual(summarizeCounts(counts), { upos: 0.75, uas: 0.75, las: 0.5 });
  });
});
