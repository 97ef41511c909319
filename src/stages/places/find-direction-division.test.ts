// "northern Kivu" is the province North Kivu: a direction adjective before a bare name is read with it as a
// first-level division's name when the gazetteer holds one. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

function placesOf(text: string) {
  const doc = processDoc(text, "2026-06-10");
  return spansOf(doc, "places").map((p) => ({
    text: doc.text.slice(p.start, p.end),
    label: p.label,
    iso3: p.data?.iso3,
    admin1: p.data?.admin1,
  }));
}

describe("places: a direction word and a name that together name a division", () => {
  it("'in northern Kivu' is the province North Kivu, its span taking in the direction word", () => {
    const [place] = placesOf("Rebels attacked a village in northern Kivu on Sunday, killing 12 civilians.");
    assert.deepEqual([place?.text, place?.label, place?.iso3], ["northern Kivu", "ADMIN1", "COD"]);
  });

  it("'across southern Kordofan' is the state South Kordofan", () => {
    const places = placesOf("Fighting spread across southern Kordofan on Monday, aid workers said.");
    assert.ok(
      places.some((p) => p.text === "southern Kordofan" && p.iso3 === "SDN" && p.label === "ADMIN1"),
      JSON.stringify(places),
    );
  });

  describe("negative cases", () => {
    it("'in southern Sudan' is a part of Sudan, never the country South Sudan", () => {
      const places = placesOf("Gunmen killed five villagers in southern Sudan on Monday.");
      assert.deepEqual(
        places.map((p) => [p.text, p.iso3]),
        [["Sudan", "SDN"]],
      );
    });

    it("'in north-eastern Nigeria' names no division 'North Nigeria'", () => {
      const places = placesOf("Insurgents killed nine farmers in north-eastern Nigeria on Monday.");
      assert.deepEqual(
        places.map((p) => [p.text, p.iso3]),
        [["Nigeria", "NGA"]],
      );
    });
  });
});
