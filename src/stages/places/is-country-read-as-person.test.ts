// A possessive country name the name classifier took for a person ("Sierra Leone's army") still names the
// country; a person's name over words that are no country's still blocks. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";
import { isCountryReadAsPerson } from "./is-country-read-as-person.js";

function countriesOf(text: string): { name: string; label: string; iso3: unknown }[] {
  const doc = processDoc(text, "2024-10-14");
  return spansOf(doc, "places").map((s) => ({
    name: doc.text.slice(s.start, s.end),
    label: s.label,
    iso3: s.data?.iso3,
  }));
}

describe("places: a possessive country name read as a person", () => {
  it("'Sierra Leone's army said' names the country, not a name part", () => {
    const places = countriesOf("Sierra Leone's army said on Monday that rebels had attacked a checkpoint.");
    assert.ok(
      places.some((p) => p.name === "Sierra Leone" && p.label === "COUNTRY" && p.iso3 === "SLE"),
      JSON.stringify(places),
    );
  });

  it("'South Sudan's junta' too, with the country an event can fall back to", () => {
    const places = countriesOf("South Sudan's junta said soldiers killed nine rebels in the north on Friday.");
    assert.ok(
      places.some((p) => p.label === "COUNTRY" && p.iso3 === "SSD"),
      JSON.stringify(places),
    );
  });

  it("needs the recogniser's place reading of the same words and a country's name", () => {
    const person = { start: 0, end: 12, label: "PERSON", by: "test" };
    const country = { start: 0, end: 12, countryIso3: "SLE" };
    const loc = { start: 0, end: 12, label: "LOC", by: "ner" };
    assert.equal(isCountryReadAsPerson(person, country, [loc]), true);
    assert.equal(isCountryReadAsPerson(person, country, [{ ...loc, label: "PER" }]), false);
    assert.equal(isCountryReadAsPerson(person, { start: 0, end: 12 }, [loc]), false);
    assert.equal(isCountryReadAsPerson({ ...person, end: 20 }, country, [loc]), false);
  });
});
