import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { spansOf } from "../../doc.js";

function placesIn(text: string) {
  const result = processText(text, { published: "2021-06-28" });
  assert.ok("doc" in result);
  return spansOf(result.doc, "places").map((s): Record<string, any> => ({ text: text.slice(s.start, s.end), label: s.label, ...(s.data ?? {}) }));
}

describe("places", () => {
  it("resolves Erbil in Iraq from the GeoNames gazetteer", () => {
    const erbil = placesIn("In February, he ordered F-15E airstrikes in response to a rocket attack on the US coalition in Erbil, Iraq.").find((p) => p.text === "Erbil");
    assert.ok(erbil);
    assert.equal(erbil.iso3, "IRQ");
    assert.ok(Math.abs(Number(erbil.latitude) - 36.19) < 0.2 && Math.abs(Number(erbil.longitude) - 44.01) < 0.2);
  });

  it("prefers the place in a country the document names", () => {
    const text = "Gunmen attacked a checkpoint near Tripoli, Lebanon, on Tuesday. Lebanon's army said the gunmen fled.";
    const tripoli = placesIn(text).find((p) => p.text === "Tripoli");
    assert.equal(tripoli?.iso3, "LBN");
  });

  it("countries are places of precision 3", () => {
    const iraq = placesIn("The United States has a small troop strength in Iraq to train and mentor the Iraqi military.").find((p) => p.text === "Iraq");
    assert.deepEqual([iraq?.label, iraq?.precision], ["COUNTRY", 3]);
  });

  describe("negative cases", () => {
    it("a capitalised word outside a locative frame is not a town", () => {
      assert.ok(!placesIn("Leave a reply. Mobile users can comment below in the box.").some((p) => p.label === "TOWN"));
    });
    it("a month after 'in' is a date, not a town", () => {
      assert.ok(!placesIn("Iran also elected a tough new president in June in a vote.").some((p) => p.text === "June"));
    });
  });
});
