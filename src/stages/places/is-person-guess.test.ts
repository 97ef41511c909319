// A surname the gazetteer also knows as a small town is the person the recogniser reads, unless the text frames
// it as a place (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

function placeNames(text: string): string[] {
  const doc = processDoc(text, "2024-03-12");
  return spansOf(doc, "places").map((s) => doc.text.slice(s.start, s.end));
}

describe("places: a surname that a small town also bears", () => {
  it("'The Majestic was the first cinema in Hartford, Robertson said': Robertson is no town", () => {
    const text = "The Majestic was the first cinema in Hartford, Robertson said. He ran it for years.";
    const names = placeNames(text);
    assert.ok(names.includes("Hartford"), `places: ${names}`);
    assert.ok(!names.includes("Robertson"), `places: ${names}`);
  });

  describe("negative cases", () => {
    it("framed as a place ('in Robertson') it stays the town", () => {
      const names = placeNames("Flooding closed two roads in Robertson on Monday, the Western Cape government said.");
      assert.ok(names.includes("Robertson"), `places: ${names}`);
    });

    it("a big city keeps its reading though the recogniser may read it as a person", () => {
      const names = placeNames("Hartford has a new theatre. Hartford officials opened it on Monday.");
      assert.ok(names.includes("Hartford"), `places: ${names}`);
    });
  });
});
