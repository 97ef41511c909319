import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { spansOf } from "../../doc.js";

function placesIn(text: string) {
  const result = processText(text, { published: "2009-03-03" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return spansOf(doc, "places").map((s) => ({ text: doc.text.slice(s.start, s.end), label: s.label, ...(s.data ?? {}) }) as Record<string, unknown>);
}

describe("toponyms that are not location mentions", () => {
  const places = placesIn(
    "Georgian troops fired on positions near Gori, Georgia's Interior Ministry said. Two Kenyan citizens and three Americans " +
      "were questioned by the Atlanta Police Department and the Ohio Department of Development on Tuesday.",
  );
  const find = (text: string) => places.find((p) => p.text === text);

  it("places a demonym at its country, labelled ADJECTIVAL", () => {
    assert.deepEqual([find("Georgian")?.label, find("Georgian")?.iso3, find("Georgian")?.role], ["ADJECTIVAL", "GEO", "adjectival"]);
    assert.deepEqual([find("Kenyan")?.label, find("Kenyan")?.iso3], ["ADJECTIVAL", "KEN"]);
    assert.deepEqual([find("Americans")?.label, find("Americans")?.iso3], ["ADJECTIVAL", "USA"]);
  });

  it("places a town or state inside an organisation's name, labelled IN_NAME", () => {
    const atlanta = find("Atlanta");
    assert.deepEqual([atlanta?.label, atlanta?.admin1, atlanta?.role], ["IN_NAME", "Georgia", "in-name"]);
    assert.ok(Math.abs(Number(atlanta?.latitude) - 33.75) < 0.2);
    assert.deepEqual([find("Ohio")?.label, find("Ohio")?.admin1], ["IN_NAME", "Ohio"]);
  });

  it("keeps the location mention as TOWN, and never labels a name part TOWN or COUNTRY (events read only those)", () => {
    assert.equal(find("Gori")?.label, "TOWN");
    for (const p of places.filter((p) => p.role)) assert.ok(p.label === "ADJECTIVAL" || p.label === "IN_NAME", String(p.text));
  });

  it("reads no place in a person's name", () => {
    const people = placesIn("Paris Hilton and Austin Smith arrived at the party on Friday night, witnesses said.");
    assert.deepEqual(people.map((p) => p.text), []);
  });
});
