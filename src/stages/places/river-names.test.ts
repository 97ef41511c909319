// A river named like a town is not the town: "along the X river" names the river (water-words.tsv).
// Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

function placeNames(text: string): string[] {
  const result = processText(text, { published: "2024-10-14" });
  assert.ok("doc" in result);
  const { doc } = result;
  return spansOf(doc, "places")
    .filter((s) => s.label === "TOWN")
    .map((s) => doc.text.slice(s.start, s.end));
}

describe("places: a river named like a town", () => {
  it("'along the Dnipro river': no town Dnipro", () => {
    assert.deepEqual(placeNames("Troops shelled villages along the Dnipro river on Monday."), []);
  });
  it("'the Dnipro River near Kherson': the town beside the river is still found", () => {
    assert.deepEqual(placeNames("Boats were shelled on the Dnipro River near Kherson on Monday."), ["Kherson"]);
  });
});

describe("places: the town itself, no river word after it", () => {
  it("'in Dnipro': the city", () => {
    assert.deepEqual(placeNames("A missile struck a building in Dnipro on Monday."), ["Dnipro"]);
  });
});
