import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

// Written for this test in the style of a Texas local paper.
const TEXT =
  "A Palestine man was sentenced Friday at the Anderson County Courthouse after fleeing from Palestine police. " +
  "Palestine officers said the chase ended near the Palestine city limits, the worst such chase in Texas this year.";

function placesNamed(text: string, name: string) {
  const result = processText(text, { published: "2009-06-01" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").filter((s) => doc.text.slice(s.start, s.end) === name);
}

describe("country names in local news", () => {
  it("a country name repeated in a report about a same-named town does not outvote the county around it", () => {
    const palestine = placesNamed(TEXT, "Palestine");
    assert.ok(palestine.length >= 3);
    for (const p of palestine)
      assert.ok(
        Math.abs(Number(p.data?.latitude) - 31.76) < 0.5 && Math.abs(Number(p.data?.longitude) + 95.63) < 0.5,
        JSON.stringify(p.data),
      );
  });

  it("a report about the country keeps the country", () => {
    const palestine = placesNamed(
      "Israeli troops entered the West Bank, Palestine officials said. Palestine asked the UN to meet in Ramallah.",
      "Palestine",
    );
    assert.ok(palestine.length > 0);
    for (const p of palestine) assert.equal(p.label, "COUNTRY");
  });
});
