import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import { countyName, readUsCounties } from "./us-counties.js";

// Rows in the GeoNames US postal file's shape (country, zip, place, state, state code, county, FIPS, -, -, lat, lon, accuracy).
const ROWS = [
  "US\t77002\tHouston\tTexas\tTX\tHarris\t201\t\t\t29.7523\t-95.3670\t4",
  "US\t77449\tKaty\tTexas\tTX\tHarris\t201\t\t\t29.8370\t-95.7350\t4",
  "US\t71301\tAlexandria\tLouisiana\tLA\tRapides\t079\t\t\t31.2887\t-92.4608\t4",
  "US\t24201\tBristol\tVirginia\tVA\tBristol (city)\t520\t\t\t36.6106\t-82.1760\t4",
];

describe("US counties", () => {
  it("names counties, parishes and boroughs as the news writes them", () => {
    assert.equal(countyName("Harris", "TX"), "Harris County");
    assert.equal(countyName("Rapides", "LA"), "Rapides Parish");
    assert.equal(countyName("Bethel Census Area", "AK"), "Bethel Census Area");
    assert.equal(countyName("Oglala Lakota County", "SD"), "Oglala Lakota County");
  });

  it("places a county at the mean of its ZIP points and leaves Virginia's independent cities out", () => {
    const dir = mkdtempSync(join(tmpdir(), "counties-"));
    writeFileSync(join(dir, "US.txt"), ROWS.join("\n"));
    const counties = readUsCounties(join(dir, "US.txt"));
    assert.deepEqual(
      counties.map((c) => c.name),
      ["Harris County", "Rapides Parish"],
    );
    assert.equal(counties[0].latitude, 29.7947);
    assert.equal(counties[0].longitude, -95.551);
  });

  it("finds a county the report names and places it in its state, coded part of a region", () => {
    const result = processText(
      "Deputies in Harris County arrested two men on Tuesday after a shooting in Houston, Texas.",
      { published: "2009-03-03" },
    );
    assert.ok("doc" in result);
    const county = spansOf(result.doc, "places").find((s) => result.doc.text.slice(s.start, s.end) === "Harris County");
    assert.equal(county?.label, "TOWN");
    assert.equal(county?.data?.admin1, "Texas");
    assert.equal(county?.data?.precision, 2);
    assert.ok(
      Math.abs(Number(county?.data?.latitude) - 29.85) < 0.5 && Math.abs(Number(county?.data?.longitude) + 95.4) < 0.5,
    );
  });

  it("reads each name of a county list as a county, in the state the report names", () => {
    const result = processText(
      "Voters in Barrow, Jackson and Madison counties in Georgia backed a school levy this week.",
      { published: "2009-03-03" },
    );
    assert.ok("doc" in result);
    const doc = result.doc;
    for (const name of ["Barrow", "Jackson", "Madison"]) {
      const span = spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === name);
      assert.deepEqual([span?.data?.location, span?.data?.admin1], [`${name} County`, "Georgia"]);
    }
  });

  it("a county name in an organisation's name is still found: the word County makes it a place", () => {
    const result = processText("He was booked into the Laurel County Detention Center on Friday.", {
      published: "2009-03-03",
    });
    assert.ok("doc" in result);
    const doc = result.doc;
    assert.ok(spansOf(doc, "places").some((s) => doc.text.slice(s.start, s.end) === "Laurel County"));
  });

  it("places a mention of the United States at its GeoNames point", () => {
    const result = processText("The plant is the largest of its kind in the United States, officials said on Monday.", {
      published: "2009-03-03",
    });
    assert.ok("doc" in result);
    const us = spansOf(result.doc, "places").find((s) => s.label === "COUNTRY" && s.data?.iso3 === "USA");
    assert.deepEqual([us?.data?.latitude, us?.data?.longitude], [39.76, -98.5]);
  });
});
