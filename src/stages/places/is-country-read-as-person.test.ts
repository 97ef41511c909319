// A possessive country name the name classifier took for a person ("Sierra Leone's army") still names the
// country; a person's name over words that are no country's still blocks. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";
import { isBigPlaceReadAsPerson, isCountryReadAsPerson } from "./is-country-read-as-person.js";

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

describe("places: a big city the name classifier took for a person", () => {
  it("'shelled El Fasher on Tuesday': the recogniser's place reading of a big city stands, as a town", () => {
    const places = countriesOf("Paramilitary fighters shelled El Fasher on Tuesday, killing 30 people.");
    assert.ok(
      places.some((p) => p.name === "El Fasher" && p.label === "TOWN" && p.iso3 === "SDN"),
      JSON.stringify(places),
    );
  });

  it("needs a big place: a village's reading yields to the person", () => {
    const person = { start: 0, end: 9, label: "PERSON", by: "test" };
    const loc = { start: 0, end: 9, label: "LOC", by: "ner" };
    const village = { start: 0, end: 9, places: [{ featureCode: "PPL", population: 800 }] };
    const city = { start: 0, end: 9, places: [{ featureCode: "PPLA", population: 250_000 }] };
    assert.equal(isBigPlaceReadAsPerson(person, city, [loc], 100_000), true);
    assert.equal(isBigPlaceReadAsPerson(person, village, [loc], 100_000), false);
    assert.equal(isBigPlaceReadAsPerson(person, city, [{ ...loc, label: "PER" }], 100_000), false);
  });
});
