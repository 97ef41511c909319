import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testPlacesLexicons } from "../../testing/test-resources.js";
import { findMunicipalNames } from "./find-municipal-names.js";

function namesIn(text: string, names: string[]): Set<string> {
  return findMunicipalNames(
    text,
    names.map((name) => ({ name, end: text.indexOf(name) + name.length })),
    testPlacesLexicons().municipal,
  );
}

describe("findMunicipalNames", () => {
  it("finds a town named by its police or council", () => {
    const found = namesIn("Berea police are searching for a suspect, and the Dublin City Council met on Monday.", [
      "Berea",
      "Dublin",
    ]);
    assert.deepEqual([...found].sort(), ["berea", "dublin"]);
  });

  it("ignores a name not followed by a municipal word, and a longer word that only begins like one", () => {
    const found = namesIn("A Paris man was arrested. The Laconia Policeman's Ball is on Friday.", ["Paris", "Laconia"]);
    assert.equal(found.size, 0);
  });
});
