// A country's demonym that is also the name of a first-level division ("Somali": Somalia's people, and a
// region of Ethiopia) stays a demonym before a common noun, however strongly the frame reads as a place.
// Sentences written for this test, in the style of wire reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

function labelsOf(text: string, word: string): string[] {
  const result = processText(text, { published: "2024-03-13" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places")
    .filter((s) => doc.text.slice(s.start, s.end) === word)
    .map((s) => `${s.label} ${s.data?.iso3}`);
}

describe("places: a demonym before a common noun", () => {
  it("'in support of the Somali troops' names Somalia's troops, not Ethiopia's Somali region", () => {
    const text = "Kenyan forces counterattacked on Monday in support of the Somali troops at the base.";
    assert.deepEqual(labelsOf(text, "Somali"), ["ADJECTIVAL SOM"]);
  });

  describe("negative cases", () => {
    it("'fighting in the Somali region' is still the region", () => {
      const text = "Fighting broke out in the Somali region on Tuesday, officials in Addis Ababa said.";
      assert.deepEqual(labelsOf(text, "Somali"), ["ADMIN1 ETH"]);
    });
  });
});
