// Sentences written for this test, in the style of local US and UK news.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import { testPlacesLexicons } from "../../testing/test-resources.js";
import { isInstitutionFrame } from "./is-institution-frame.js";

function placesIn(text: string) {
  const result = processText(text, { published: "2009-03-03" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").map((s) => ({
    text: doc.text.slice(s.start, s.end),
    label: s.label,
    admin1: s.data?.admin1,
    iso3: s.data?.iso3,
  }));
}

describe("places: a local institution's name holds the place it serves", () => {
  it("matches government, police and court words right after a name, as whole words", () => {
    const text = "the Oxford Police said; Sligo Town Hall; the Laconia police; Oxford Policeman";
    assert.equal(isInstitutionFrame(text, text.indexOf("Oxford") + 6, "Oxford", testPlacesLexicons()), true);
    assert.equal(isInstitutionFrame(text, text.indexOf("Sligo") + 5, "Sligo", testPlacesLexicons()), true);
    assert.equal(isInstitutionFrame(text, text.indexOf("Laconia") + 7, "Laconia", testPlacesLexicons()), true);
    assert.equal(isInstitutionFrame(text, text.lastIndexOf("Oxford") + 6, "Oxford", testPlacesLexicons()), false);
  });

  it("does not read a school or hospital named for a person as a place", () => {
    const text = "pupils at Franklin Elementary and patients of Mercy Memorial Hospital; Stonington High School";
    assert.equal(isInstitutionFrame(text, text.indexOf("Franklin") + 8, "Franklin", testPlacesLexicons()), false);
    assert.equal(isInstitutionFrame(text, text.indexOf("Mercy") + 5, "Mercy", testPlacesLexicons()), false);
    assert.equal(isInstitutionFrame(text, text.indexOf("Stonington") + 10, "Stonington", testPlacesLexicons()), true);
  });

  it("finds the county and state in names the entities layer may take for a person's", () => {
    const places = placesIn(
      "The suspect appeared at the Henderson County Jail on Monday. Officers from the Florida Highway Patrol " +
        "and all off-duty officers responded, and a spokesman for Oxford Police said the road was closed.",
    );
    const find = (name: string) => places.find((p) => p.text === name);
    assert.deepEqual([find("Henderson County")?.label], ["IN_NAME"]);
    assert.deepEqual([find("Florida")?.label, find("Florida")?.admin1], ["IN_NAME", "Florida"]);
    assert.equal(find("Oxford")?.label, "IN_NAME");
  });

  it("does not take a word inside a longer name for the place ('Madison Southern High School')", () => {
    const places = placesIn("The team beat Madison Southern High School on Friday night.");
    assert.equal(
      places.find((p) => p.text === "Southern"),
      undefined,
    );
  });
});
