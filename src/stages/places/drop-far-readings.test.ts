import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import { testGazetteer, testPlacesLexicons } from "../../testing/test-resources.js";
import { reportContinents } from "./drop-far-readings.js";

// An invented wire report on Mali: "Boni" is a Malian village the gazetteer lacks, but GeoNames lists
// "Boni" among Bonn's alternate names.
const MALI_REPORT = readFileSync(new URL("./fixtures/far-namesake-report.txt", import.meta.url), "utf8");

function readingsOf(text: string, name: string) {
  const result = processText(text, { published: "2026-06-15" });
  assert.ok("doc" in result);
  return spansOf(result.doc, "places")
    .filter((s) => text.slice(s.start, s.end) === name)
    .map((s) => ({ label: s.label, iso3: s.data?.iso3, location: s.data?.location }));
}

describe("dropFarReadings", () => {
  it("the gazetteer reads 'Boni' as Bonn, the namesake these tests are about", () => {
    assert.ok(
      testGazetteer()
        .lookupPlace("Boni")
        .some((p) => p.iso2 === "DE" && p.name === "Bonn"),
    );
  });

  it("a report naming only African countries places 'Boni' nowhere rather than at Bonn", () => {
    const boni = readingsOf(MALI_REPORT, "Boni");
    assert.ok(
      boni.every((r) => r.iso3 !== "DEU"),
      JSON.stringify(boni),
    );
    assert.ok(
      readingsOf(MALI_REPORT, "Douentza").some((r) => r.iso3 === "MLI"),
      "the report's Malian town keeps its reading",
    );
  });

  it("keeps the far reading when its country is named beside it ('Boni, Germany')", () => {
    const text = "Malian officials flew to Boni, Germany, on Friday for talks on the crisis in Mali.";
    assert.deepEqual(readingsOf(text, "Boni"), [{ label: "TOWN", iso3: "DEU", location: "Bonn" }]);
  });

  it("keeps the far reading when its state is named beside it", () => {
    const text = "Malian officials flew to Boni in North Rhine-Westphalia for talks on the crisis in Mali.";
    assert.deepEqual(readingsOf(text, "Boni"), [{ label: "TOWN", iso3: "DEU", location: "Bonn" }]);
  });

  it("keeps a far city named by its own name: world news names far cities", () => {
    const text = "Malian officials flew to Bonn on Friday for talks on the crisis in Mali.";
    assert.ok(readingsOf(text, "Bonn").some((r) => r.iso3 === "DEU"));
  });

  it("drops a small far town named by its own name that the text does not frame as a place", () => {
    const text = "Critics in the United States blamed the Obama administration for the new border policy.";
    const obama = readingsOf(text, "Obama");
    assert.ok(
      obama.every((r) => r.iso3 !== "JPN"),
      JSON.stringify(obama),
    );
  });

  it("keeps a small far town named by its own name after a preposition", () => {
    const text = "United States officials flew to Obama on Friday for talks on the new border policy.";
    assert.ok(readingsOf(text, "Obama").some((r) => r.iso3 === "JPN"));
  });

  it("the report's continents come from its countries' data; a country without one adds none", () => {
    const continents = testPlacesLexicons().continents;
    assert.deepEqual([...reportContinents(["ML", "BF", "ZZ"], continents)], ["Africa"]);
    assert.deepEqual([...reportContinents(["ML", "DE"], continents)].sort(), ["Africa", "Europe"]);
  });
});
