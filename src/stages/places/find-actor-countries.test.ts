// Sentences written for this test, in the style of wire reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testGazetteer } from "../../testing/test-resources.js";
import { findActorCountries } from "./find-actor-countries.js";

const text = "Two days after the U.S. military said attacks fell, the Mahdi Army fought on.";
const actor = (words: string) => ({
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
  label: "ACTOR",
  by: "test",
});

describe("places: a country that opens an actor's name", () => {
  it("places the country's name inside the actor's name, labelled IN_NAME", () => {
    const spans = findActorCountries([actor("U.S. military")], text, testGazetteer());
    assert.deepEqual(
      spans.map((s) => [text.slice(s.start, s.end), s.label, s.data?.iso3]),
      [["U.S.", "IN_NAME", "USA"]],
    );
  });

  it("finds nothing in an actor named without a country", () => {
    assert.deepEqual(findActorCountries([actor("Mahdi Army")], text, testGazetteer()), []);
  });
});
