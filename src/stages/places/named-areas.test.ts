// A named area inside one country (lexicon/places/named-areas.tsv) carries that country, so an event placed
// there has a country; an area across borders or a waterway carries none. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import { processRecords } from "../../testing/process-doc.js";

function placeNamed(text: string, name: string) {
  const result = processText(text, { published: "2026-06-10" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === name);
}

describe("places: named areas and their country", () => {
  it("'in North Waziristan' is an area of Pakistan, and the bombing there is coded in Pakistan", () => {
    const text = "A roadside bomb wounded three soldiers in North Waziristan on Monday, the military said.";
    assert.equal(placeNamed(text, "North Waziristan")?.data?.iso3, "PAK");
    assert.equal(processRecords(text, "2026-06-10")[0]?.country, "Pakistan");
  });
  it("'in the Upper Galilee' is an area of Israel, not an organisation's name", () => {
    const text = "Militants fired rockets at a farm in the Upper Galilee on Tuesday, police said.";
    assert.equal(placeNamed(text, "Upper Galilee")?.data?.iso3, "ISR");
  });
  describe("negative cases", () => {
    it("a waterway names no country", () => {
      const place = placeNamed("Pirates attacked a cargo ship in the Gulf of Aden on Monday.", "Gulf of Aden");
      assert.ok(place, "the gulf is a place");
      assert.equal(place.data?.iso3, undefined);
    });
  });
});
