// Sentences written for this test, in the style of wire reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import { testGazetteer } from "../../testing/test-resources.js";

function placesIn(text: string) {
  const result = processText(text, { published: "2009-03-03" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").map((s) => ({ text: doc.text.slice(s.start, s.end), label: s.label, ...s.data }));
}

describe("places: demonyms of places that are not countries, and named areas", () => {
  const places = placesIn(
    "Talks between Georgian and South Ossetian officials stalled. Many Ohioans and the Czechs were unhappy, " +
      "European diplomats said, and the EU urged calm. A boy died in Tulungagung, East Java province, and troops entered the Swat Valley.",
  );
  const find = (text: string) => places.find((p) => p.text === text);

  it("places a people named for a region, state or country at that place, labelled ADJECTIVAL", () => {
    assert.deepEqual(
      [find("South Ossetian")?.label, find("South Ossetian")?.location],
      ["ADJECTIVAL", "South Ossetia"],
    );
    assert.deepEqual([find("Ohioans")?.label, find("Ohioans")?.admin1], ["ADJECTIVAL", "Ohio"]);
    assert.deepEqual([find("Czechs")?.label, find("Czechs")?.iso3], ["ADJECTIVAL", "CZE"]);
    assert.deepEqual([find("European")?.label, find("European")?.location], ["ADJECTIVAL", "Europe"]);
  });

  it("places the EU at its seat, as a name (never an event's location)", () => {
    assert.deepEqual([find("EU")?.label, find("EU")?.iso3], ["IN_NAME", "BEL"]);
  });

  it("finds a province by its English name and an area no gazetteer row holds", () => {
    assert.deepEqual([find("East Java")?.label, find("East Java")?.iso3], ["ADMIN1", "IDN"]);
    assert.equal(find("Swat Valley")?.label, "REGION");
    assert.equal(testGazetteer().lookupPlace("Jawa Timur")[0]?.name, testGazetteer().lookupPlace("East Java")[0]?.name);
  });

  it("does not read a demonym inside a longer word or a plural no country has", () => {
    const none = placesIn("The Europeanised Texasville team won again.");
    assert.deepEqual(
      none.map((p) => p.text),
      [],
    );
  });
});
