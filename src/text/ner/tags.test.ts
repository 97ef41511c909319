import assert from "node:assert/strict";
import { test } from "node:test";
import { bilouFromChunks, chunksFromBilou, chunksFromIob, isAllowedTransition, TAGS } from "./tags.js";

const tagIndex = (tag: string) => TAGS.indexOf(tag);

test("ner tags: IOB1 chunks (B- only between touching names) become BILOU and back", () => {
  const iob = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG", "I-ORG"];
  const chunks = chunksFromIob(iob);
  assert.deepEqual(chunks, [
    { first: 0, last: 1, type: "PER" },
    { first: 3, last: 3, type: "LOC" },
    { first: 4, last: 4, type: "LOC" },
    { first: 5, last: 7, type: "ORG" },
  ]);
  const bilou = bilouFromChunks(chunks, iob.length);
  assert.deepEqual(
    bilou.map((t) => TAGS[t]),
    ["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "B-ORG", "I-ORG", "L-ORG"],
  );
  assert.deepEqual(chunksFromBilou(bilou), chunks);
});

test("ner tags: a chunk may not be left open or entered in the middle", () => {
  assert.equal(isAllowedTransition(-1, tagIndex("I-PER")), false);
  assert.equal(isAllowedTransition(tagIndex("B-PER"), tagIndex("O")), false);
  assert.equal(isAllowedTransition(tagIndex("B-PER"), tagIndex("L-LOC")), false);
  assert.equal(isAllowedTransition(tagIndex("B-PER"), tagIndex("L-PER")), true);
  assert.equal(isAllowedTransition(tagIndex("U-LOC"), tagIndex("B-ORG")), true);
});
