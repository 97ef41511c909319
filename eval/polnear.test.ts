import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headWord } from "./head-word.js";
import {
  type GoldAttribution,
  matchesStrictly,
  type PredictedAttribution,
  parseBrat,
  type Range,
  scoreAttributions,
  scoreStrictly,
} from "./polnear.js";

// A hand-made brat file in PolNeAR's layout (offsets into an imagined text).
const ANN = [
  "T1\tSource 0 10\tThe Post",
  "T2\tCue 11 18\treports",
  "T3\tContent 19 60\tthat ...",
  "T4\tAttribution 11 18\treports",
  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
  "T5\tContent 70 90;95 100\tsplit content",
  "T6\tCue 91 94\tsaid",
  "T7\tAttribution 91 94\tsaid",
  "E2\tAttribution:T7 Content:T5 Cue:T6",
].join("\n");

describe("polnear scorer", () => {
  const gold = parseBrat(ANN);

  it("reads attributions with discontinuous spans and a missing source", () => {
    assert.equal(gold.length, 2);
    assert.deepEqual(gold[1].content, [
      [70, 90],
      [95, 100],
    ]);
    assert.deepEqual(gold[1].source, []);
  });

  it("a perfect prediction scores all of the scorable gold; an empty one none", () => {
    const perfect: PredictedAttribution[] = [{ source: [0, 10], cue: [11, 18], content: [19, 60] }];
    assert.deepEqual(scoreAttributions(gold, perfect, ["source", "content"]), { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(scoreAttributions(gold, [], ["source", "content"]), { tp: 0, fp: 0, fn: 1 });
  });

  it("a known partial case: right content, wrong source; a spurious one", () => {
    const predicted: PredictedAttribution[] = [
      { source: [40, 45], cue: [11, 18], content: [25, 30] },
      { source: [200, 210], cue: [211, 215], content: [216, 230] },
    ];
    assert.deepEqual(scoreAttributions(gold, predicted, ["source", "content"]), { tp: 0, fp: 2, fn: 1 });
    assert.deepEqual(scoreAttributions(gold, predicted, ["content"]), { tp: 1, fp: 1, fn: 1 });
  });
});

describe("polnear strict rule", () => {
  // An invented article: offsets are computed, not typed.
  const text = "John Smith, an aide to the mayor, said the bridge will reopen next week after repairs.";
  const range = (part: string): Range => [text.indexOf(part), text.indexOf(part) + part.length];
  const gold: GoldAttribution = {
    source: [range("John Smith, an aide to the mayor")],
    cue: [range("said")],
    content: [range("the bridge will reopen next week after repairs")],
  };

  it("finds the head of a source phrase before its post-modifier", () => {
    assert.deepEqual(headWord(text, gold.source), range("Smith"));
  });

  it("matches when the content covers half the words and the source holds the head", () => {
    const predicted = { source: range("John Smith"), cue: range("said"), content: range("the bridge will reopen") };
    assert.equal(matchesStrictly(text, gold, predicted), true);
  });

  it("does not match on one shared word of the content, which the loose rule accepts", () => {
    const predicted = { source: range("John Smith"), cue: range("said"), content: range("repairs") };
    assert.equal(matchesStrictly(text, gold, predicted), false);
    assert.deepEqual(scoreAttributions([gold], [predicted], ["source", "content"]), { tp: 1, fp: 0, fn: 0 });
  });

  it("does not match when the predicted source misses the head word", () => {
    const predicted = {
      source: range("the mayor"),
      cue: range("said"),
      content: range("the bridge will reopen next week after repairs"),
    };
    assert.equal(matchesStrictly(text, gold, predicted), false);
  });

  it("counts gold without a source in the denominator, matched by content alone", () => {
    const sourceless = { ...gold, source: [] };
    const predicted = {
      source: range("the mayor"),
      cue: range("said"),
      content: range("the bridge will reopen next week"),
    };
    assert.deepEqual(scoreStrictly(text, [sourceless, gold], [predicted]), { tp: 1, fp: 0, fn: 1 });
  });
});
