// A town matched only by one of its alternate names, in a country the report never names, needs explicit
// evidence; the town's own name, or its country named, keeps it. GeoNames lists "Mambasa" among Mombasa's
// (Kenya) spellings. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

function placesOf(text: string): { name: string; iso3: unknown }[] {
  const result = processText(text, { published: "2024-10-14" });
  assert.ok("doc" in result);
  const { doc } = result;
  return spansOf(doc, "places").map((s) => ({ name: doc.text.slice(s.start, s.end), iso3: s.data?.iso3 }));
}

describe("places: an alternate name in a country the report does not name", () => {
  it("a Congo report's 'near Mambasa' is not Kenya's Mombasa", () => {
    const places = placesOf("BUNIA, Congo (Wire) - Rebels attacked an army camp near Mambasa, killing six soldiers.");
    assert.ok(!places.some((p) => p.iso3 === "KEN"), JSON.stringify(places));
  });

  it("with Kenya named, the alternate name keeps its Kenyan reading", () => {
    const places = placesOf("Gunmen attacked a hotel in Mambasa, Kenya, on Monday, killing two guards.");
    assert.ok(
      places.some((p) => p.name === "Mambasa" && p.iso3 === "KEN"),
      JSON.stringify(places),
    );
  });

  it("a town named by its own name stays, whichever country the report names", () => {
    const places = placesOf("BUNIA, Congo (Wire) - Rebel leaders fled to Mombasa after the army camp fell.");
    assert.ok(
      places.some((p) => p.name === "Mombasa" && p.iso3 === "KEN"),
      JSON.stringify(places),
    );
  });

  it("with no country named, a spelling only one city answers to is that city", () => {
    const places = placesOf("Gunmen attacked an army camp near Mambasa on Monday, killing six soldiers.");
    assert.ok(
      places.some((p) => p.name === "Mambasa" && p.iso3 === "KEN"),
      JSON.stringify(places),
    );
  });

  it("with no country named, a spelling that villages elsewhere bear as their own name is not the city", () => {
    // GeoNames lists "Koro" among the spellings of Venezuela's Coro, and villages in Mali and Indonesia bear it.
    const places = placesOf("Residents of Koro said gunmen attacked the village on Tuesday, killing four people.");
    assert.ok(!places.some((p) => p.iso3 === "VEN"), JSON.stringify(places));
  });
});
