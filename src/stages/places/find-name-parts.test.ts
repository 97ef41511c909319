import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

function placesIn(text: string) {
  const result = processText(text, { published: "2009-03-03" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").map((s) => ({ text: doc.text.slice(s.start, s.end), label: s.label, ...s.data }));
}

describe("toponyms that are not location mentions", () => {
  const places = placesIn(
    "Georgian troops fired on positions near Gori, Georgia's Interior Ministry said. Two Kenyan citizens and three Americans " +
      "were questioned by the Atlanta Police Department and the Ohio Department of Development on Tuesday.",
  );
  const find = (text: string) => places.find((p) => p.text === text);

  it("places a demonym at its country, labelled ADJECTIVAL", () => {
    assert.deepEqual(
      [find("Georgian")?.label, find("Georgian")?.iso3, find("Georgian")?.role],
      ["ADJECTIVAL", "GEO", "adjectival"],
    );
    assert.deepEqual([find("Kenyan")?.label, find("Kenyan")?.iso3], ["ADJECTIVAL", "KEN"]);
    assert.deepEqual([find("Americans")?.label, find("Americans")?.iso3], ["ADJECTIVAL", "USA"]);
  });

  it("keeps a country's name another layer took for a person's, but not a country named like a person", () => {
    // Sentences written for this test.
    const places = placesIn(
      "North Korea's official news agency reported the outbreak. Jordan said he would play on Sunday.",
    );
    assert.deepEqual(
      places.filter((p) => p.text === "North Korea").map((p) => p.iso3),
      ["PRK"],
    );
  });

  it("places a town or state inside an organisation's name, labelled IN_NAME", () => {
    const atlanta = find("Atlanta");
    assert.deepEqual([atlanta?.label, atlanta?.admin1, atlanta?.role], ["IN_NAME", "Georgia", "in-name"]);
    assert.ok(Math.abs(Number(atlanta?.latitude) - 33.75) < 0.2);
    assert.deepEqual([find("Ohio")?.label, find("Ohio")?.admin1], ["IN_NAME", "Ohio"]);
  });

  it("keeps the location mention as TOWN, and never labels a name part TOWN or COUNTRY (events read only those)", () => {
    assert.equal(find("Gori")?.label, "TOWN");
    for (const p of places.filter((p) => p.role))
      assert.ok(p.label === "ADJECTIVAL" || p.label === "IN_NAME", String(p.text));
  });

  it("finds the city in a name the entities layer took for a person's, as a name part", () => {
    const places = placesIn(
      "The exchange was started last year by the United Way of Metropolitan Atlanta, officials said.",
    );
    const atlanta = places.find((p) => p.text === "Atlanta");
    assert.deepEqual([atlanta?.label, atlanta?.admin1], ["IN_NAME", "Georgia"]);
  });

  it("reads no place in a person's name", () => {
    const people = placesIn("Austin Smith and Madison Brown arrived at the party on Friday night, witnesses said.");
    assert.deepEqual(
      people.map((p) => p.text),
      [],
    );
  });
});

describe("ranking same-named places", () => {
  it("reads a name as the state its own name is, not a town listing it as an alternate name", () => {
    const places = placesIn(
      "Cases were reported in California, Idaho, Illinois, Nebraska and Oklahoma, and in New York state, health officials said.",
    );
    for (const state of ["Idaho", "Nebraska", "Oklahoma", "New York"]) {
      const p = places.find((x) => x.text === state);
      assert.deepEqual([p?.label, p?.location], ["ADMIN1", state]);
    }
  });

  it("reads Georgia as the US state when the report's other places are in the United States", () => {
    const places = placesIn(
      "Few Georgia cities, including Gainesville and Duluth, restrict modular homes, a manager in Fitzgerald said. Georgia lawmakers will vote in Atlanta.",
    );
    const georgia = places.filter((x) => x.text === "Georgia");
    assert.equal(georgia.length, 2);
    for (const g of georgia) assert.deepEqual([g.label, g.iso3, g.admin1], ["ADMIN1", "USA", "Georgia"]);
  });

  it("prefers readings in the state where the report's other names also lie (Sharon and Canaan, Connecticut)", () => {
    const places = placesIn("Officials from Sharon, Salisbury and Canaan met on Monday to discuss the budget.");
    const sharon = places.find((x) => x.text === "Sharon");
    const canaan = places.find((x) => x.text === "Canaan");
    assert.deepEqual([sharon?.admin1, canaan?.admin1], ["Connecticut", "Connecticut"]);
  });

  it("a country named beside its demonym stays the country, whatever same-named town lies near the report's places", () => {
    const places = placesIn(
      "Egyptian officials met US envoys in Gadsden and Attalla, Alabama, on Monday. The US has helped rebuild Egypt for decades, they said.",
    );
    const egypt = places.find((x) => x.text === "Egypt");
    assert.deepEqual([egypt?.label, egypt?.iso3], ["COUNTRY", "EGY"]);
  });

  it("a national capital beats a same-named province: Washington is the capital", () => {
    const places = placesIn("Officials in Washington and Baghdad discussed the attack on Sunday.");
    const washington = places.find((x) => x.text === "Washington");
    assert.equal(washington?.admin1, "District of Columbia");
  });
});
