import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadResources } from "../src/resources.js";
import { buildConllPipeline, predictConllSpans, summariseConll } from "./conll2003.js";
import {
  buildDocument,
  type Chunk,
  chunksFromSpans,
  chunksFromTags,
  countChunks,
  HEADLINE_TYPES,
  parseConll,
  scoreTypes,
} from "./conll2003-chunks.js";

// A hand-made sample in the CoNLL column format (words of our own, not the dev set's).
const SAMPLE = `-DOCSTART- -X- O O

Pentagon NNP I-NP I-ORG
spokesman NN I-NP O
John NNP I-NP I-PER
Kirby NNP I-NP I-PER
spoke VBD I-VP O
in IN I-PP O
Erbil NNP I-NP I-LOC
. . O O

Iranian JJ I-NP I-MISC
militias NNS I-NP O
. . O O
`;

const HEADLINE = HEADLINE_TYPES;

describe("conll2003 scorer", () => {
  const [document] = parseConll(SAMPLE);
  const built = buildDocument(document);

  it("rebuilds the text one sentence a line and keeps each token's offsets", () => {
    assert.equal(built.text, "Pentagon spokesman John Kirby spoke in Erbil .\nIranian militias .\n");
    assert.equal(built.text.slice(built.offsets[6].start, built.offsets[6].end), "Erbil");
    assert.deepEqual(built.gold, [
      { first: 0, last: 0, type: "ORG" },
      { first: 2, last: 3, type: "PER" },
      { first: 6, last: 6, type: "LOC" },
      { first: 8, last: 8, type: "MISC" },
    ]);
  });

  it("reads IOB1: B- splits two adjacent chunks of one type", () => {
    assert.deepEqual(chunksFromTags(["I-LOC", "B-LOC", "I-LOC", "O", "I-PER"]), [
      { first: 0, last: 0, type: "LOC" },
      { first: 1, last: 2, type: "LOC" },
      { first: 4, last: 4, type: "PER" },
    ]);
  });

  it("a perfect prediction scores 1", () => {
    const score = scoreTypes(countChunks(built.gold, built.gold), HEADLINE, "h");
    assert.deepEqual([score.precision, score.recall, score.f1], [1, 1, 1]);
  });

  it("an empty prediction scores 0", () => {
    assert.equal(scoreTypes(countChunks(built.gold, []), HEADLINE, "h").f1, 0);
  });

  it("a partial prediction: one exact, one wrong span, one wrong type, MISC missed -> P 1/3, R 1/4", () => {
    const predicted: Chunk[] = [
      { first: 0, last: 0, type: "ORG" }, // exact
      { first: 3, last: 3, type: "PER" }, // "Kirby" alone: wrong span
      { first: 6, last: 6, type: "ORG" }, // Erbil as ORG: wrong type
    ];
    const score = scoreTypes(countChunks(built.gold, predicted), HEADLINE, "h");
    assert.deepEqual([score.tp, score.fp, score.fn], [1, 2, 3]);
    assert.ok(Math.abs((score.f1 ?? -1) - 2 / 7) < 1e-9);
  });

  it("character spans map to the tokens they touch; overlaps keep the longest", () => {
    const start = built.text.indexOf("John");
    const chunks = chunksFromSpans(
      [
        { start, end: start + "John Kirby".length, type: "PER" },
        { start: start + 5, end: start + 10, type: "ORG" },
      ],
      built.offsets,
    );
    assert.deepEqual(chunks, [{ first: 2, last: 3, type: "PER" }]);
  });

  it("MISC counts in the headline as conlleval counts it: a found MISC is a hit, the others are misses", () => {
    const score = scoreTypes(countChunks(built.gold, [{ first: 8, last: 8, type: "MISC" }]), HEADLINE, "h");
    assert.deepEqual([score.tp, score.fp, score.fn], [1, 0, 3]);
    const result = summariseConll([
      { counts: countChunks(built.gold, [{ first: 8, last: 8, type: "MISC" }]), ruleCounts: {}, chars: 10, millis: 1 },
    ]);
    assert.equal(result.score, score.f1);
    assert.equal(result.fields.find((f) => f.field === "MISC")?.f1, 1);
    assert.equal(result.fields.find((f) => f.field === "PER")?.recall, 0);
  });

  it("runs sitrep's real stages: a country comes back as LOC", () => {
    const spans = predictConllSpans("Troops crossed into Syria on Sunday .\n", buildConllPipeline(loadResources())).ner;
    assert.ok(
      spans.some((s) => s.type === "LOC" && s.start === 20 && s.end === 25),
      JSON.stringify(spans),
    );
  });
});
