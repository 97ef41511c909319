// A non-state armed group the report names pulls a shared name to the group's home country. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

function placeOf(text: string, name: string) {
  const result = processText(text, { published: "2025-03-03" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").find((p) => doc.text.slice(p.start, p.end) === name)?.data;
}

describe("places: the home of a named armed group", () => {
  it("'ADF fighters raided a village near Beni' reads Beni as the DR Congo's town", () => {
    const beni = placeOf("Fighters of the Allied Democratic Forces raided a village near Beni on Sunday.", "Beni");
    assert.equal(beni?.iso3, "COD");
  });
  describe("negative cases", () => {
    it("with no group named, the larger reading stands", () => {
      const beni = placeOf("Heavy rain flooded roads in Beni on Sunday.", "Beni");
      assert.equal(beni?.iso3, "BOL");
    });
  });
});
