// A report that gives no continent places a hamlet's name that villages on several continents bear nowhere,
// rather than on a coin toss; a country, demonym or known town keeps its reading. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";
import { testGazetteer } from "../../testing/test-resources.js";

function readingsOf(text: string, name: string): { iso3: unknown }[] {
  const doc = processDoc(text, "2024-10-14");
  return spansOf(doc, "places")
    .filter((s) => doc.text.slice(s.start, s.end) === name)
    .map((s) => ({ iso3: s.data?.iso3 }));
}

describe("places: a small name with readings on several continents, in a report that gives none", () => {
  it("the gazetteer has villages called 'Koro' in Africa and Asia, and 'Koro' is a spelling of Venezuela's Coro", () => {
    const countries = new Set(
      testGazetteer()
        .lookupPlace("Koro")
        .map((p) => p.iso2),
    );
    assert.ok(countries.has("ML") && countries.has("ID") && countries.has("VE"), [...countries].join());
  });

  it("'near Koro' with no country, people or group named gets no point", () => {
    assert.deepEqual(readingsOf("Gunmen attacked a convoy near Koro on Tuesday, killing four people.", "Koro"), []);
  });

  it("a demonym gives the continent, and the name keeps its reading there", () => {
    const koro = readingsOf("Malian soldiers attacked a convoy near Koro on Tuesday, killing four people.", "Koro");
    assert.deepEqual(koro, [{ iso3: "MLI" }]);
  });

  it("a known city keeps its reading without its country", () => {
    const paris = readingsOf("Thousands of protesters marched in Paris on Tuesday.", "Paris");
    assert.deepEqual(paris, [{ iso3: "FRA" }]);
  });
});
