// Places after an appositive (issue 18): "the (adjective)* (city|town|port city ...) of X" means the town X,
// inside the country a demonym among the adjectives names. Invented sentences through the pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Doc, spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-11-04");
const placeOf = (doc: Doc, name: string) =>
  spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === name)?.data;

describe("places: an appositive before a name", () => {
  it("'the northern Lebanese city of Tripoli' is Lebanon's Tripoli, not Libya's capital", () => {
    const doc = run("Clashes erupted on Sunday in the northern Lebanese city of Tripoli, killing two people.");
    assert.equal(placeOf(doc, "Tripoli")?.iso3, "LBN");
  });

  it("'the eastern town of Beni' is the town, not a province of the same name elsewhere", () => {
    const doc = run("Gunmen killed three soldiers in the eastern town of Beni on Monday.");
    assert.equal(placeOf(doc, "Beni")?.iso3, "COD");
  });

  it("'the southern port city of Aden' places the event at Aden", () => {
    const doc = run("Hundreds of people protested on Saturday in the southern port city of Aden.");
    assert.equal(doc.events[0]?.place?.value.location, "Aden");
  });

  describe("negative cases", () => {
    it("without the frame the name keeps its usual reading: 'in Tripoli' is Libya's capital", () => {
      const doc = run("Clashes erupted on Sunday in Tripoli, killing two people.");
      assert.equal(placeOf(doc, "Tripoli")?.iso3, "LBY");
    });

    it("'the province of X' is no town frame: a province keeps its province reading", () => {
      const doc = run("Rebels attacked an army post in the province of Beni in Bolivia on Monday.");
      assert.equal(placeOf(doc, "Beni")?.iso3, "BOL");
    });
  });
});
