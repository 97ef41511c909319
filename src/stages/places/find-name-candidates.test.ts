// Sentences written for this test, in the style of local US news.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testGazetteer, testPlacesLexicons } from "../../testing/test-resources.js";
import { findNameCandidates } from "./find-name-candidates.js";

function candidatesIn(text: string) {
  return findNameCandidates(text, [], testGazetteer(), testPlacesLexicons()).map((c) => ({
    text: text.slice(c.start, c.end),
    name: c.name,
    evidence: [...c.evidence],
  }));
}

describe("places: hyphenated names", () => {
  it("reads two known places joined by a hyphen as a pair of places", () => {
    const found = candidatesIn(
      "Logan-Rogersville students moved into a new building near the Greenbrier-Pocahontas County line.",
    );
    for (const name of ["Logan", "Rogersville", "Greenbrier", "Pocahontas County"]) {
      const c = found.find((f) => f.text === name);
      assert.ok(c?.evidence.includes("hyphen-pair"), name);
    }
  });

  it("still finds a place whose own name has a hyphen", () => {
    const found = candidatesIn("The plant in Winston-Salem closed.");
    assert.deepEqual(
      found.map((f) => f.text),
      ["Winston-Salem"],
    );
  });

  it("drops a part of a hyphenated name that has no place beside it, and a name after a particle", () => {
    const found = candidatesIn(
      "Spokesman Joaquin Navarro-Valls spoke of the Arab-Israeli conflict. Mayor Malkan al-Baini denounced it.",
    );
    for (const name of ["Valls", "Arab", "Baini"])
      assert.equal(
        found.find((f) => f.text === name),
        undefined,
        name,
      );
  });
});

describe("places: abbreviations of divisions outside the AP list", () => {
  it("reads a bare abbreviation that is no other word, and a postal code only after a comma", () => {
    const found = candidatesIn(
      "NSW and Queensland extended their bans. He lives in Fresno, CA with family. IN THE NEWS, OR ELSE.",
    );
    assert.deepEqual(
      found.filter((f) => f.evidence.includes("abbreviation")).map((f) => [f.text, f.name]),
      [
        ["NSW", "New South Wales"],
        ["CA", "California"],
      ],
    );
  });
});

describe("places: a day after a name is no more of it", () => {
  it("'Dayton on Tuesday': the run reached through 'on' to a weekday leaves the name whole, no prefix", () => {
    const found = findNameCandidates(
      "Crews cleared Dayton on Tuesday after the storm.",
      [],
      testGazetteer(),
      testPlacesLexicons(),
    );
    assert.equal(found.find((c) => c.name === "Dayton")?.isPrefix, false);
  });

  it("negative: a capitalised word that is no day after the particle still makes the name a prefix", () => {
    const found = findNameCandidates(
      "Crews cleared Dayton on Avon Street after the storm.",
      [],
      testGazetteer(),
      testPlacesLexicons(),
    );
    assert.equal(found.find((c) => c.name === "Dayton")?.isPrefix, true);
  });
});

describe("places: Arabic names with the article joined", () => {
  it("reads a name that opens with the article, and one that carries it inside, as places", () => {
    const found = candidatesIn("Gunmen ambushed a convoy near al-Mayadin, and shells fell on Deir ez-Zor.");
    for (const name of ["al-Mayadin", "Deir ez-Zor"])
      assert.ok(
        found.some((f) => f.text === name),
        `${name}: ${JSON.stringify(found)}`,
      );
  });

  it("negative: the article inside a person's name opens no place, nor do unhyphenated 'as', 'at', 'an'", () => {
    const found = candidatesIn("Commander Karim al-Mayadin spoke as Damascus watched, at Homs an hour later.");
    assert.ok(!found.some((f) => f.text.includes("al-Mayadin")), JSON.stringify(found));
    assert.ok(!found.some((f) => /\b(?:as|at|an)\b/.test(f.text)), JSON.stringify(found));
  });
});
