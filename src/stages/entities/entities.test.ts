import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";
import { needsSeedArticle, readSeedArticle } from "../../testing/fixtures.js";

function entitiesIn(text: string) {
  return findEntities(text).map((s) => ({ text: text.slice(s.start, s.end), label: s.label, name: s.data?.name }));
}

describe("entities", () => {
  it("folds apostrophe variants of Kata'ib Hezbollah to one canonical actor", () => {
    for (const spelling of ["Kata’ib Hezbollah", "Kataib Hezbollah", "Kata'ib Hizballah", "Kataeb Hezbollah"]) {
      const [entity] = entitiesIn(`${spelling} is an Iranian-backed group in Iraq.`);
      assert.deepEqual([entity.text, entity.label, entity.name], [spelling, "ACTOR", "Kata'ib Hezbollah"]);
    }
  });

  it("finds the seed's two militias, countries and nationalities", needsSeedArticle(), () => {
    const found = entitiesIn(readSeedArticle());
    const names = new Set(found.map((e) => e.name));
    for (const name of [
      "Kata'ib Hezbollah",
      "Kata'ib Sayyid al-Shuhada",
      "Iraq",
      "Syria",
      "United States",
      "Iran",
      "Lebanon",
    ])
      assert.ok(names.has(name), name);
  });

  it("the acronym KH is Kata'ib Hezbollah only in capitals", () => {
    assert.deepEqual(
      entitiesIn("KH fighters fired rockets.")
        .filter((e) => e.label === "ACTOR")
        .map((e) => e.name),
      ["Kata'ib Hezbollah"],
    );
    assert.deepEqual(
      entitiesIn("the kh sound").filter((e) => e.label === "ACTOR"),
      [],
    );
  });

  it("an armed group from the Phoenix MilNonState dictionary resolves to its name, inter code and country", () => {
    const [actor] = findEntities("The Tupac Katari Guerrilla Army claimed the attack.").filter(
      (s) => s.label === "ACTOR",
    );
    assert.deepEqual(
      [actor.data?.name, actor.data?.inter, actor.data?.iso3],
      ["Tupac Katari Guerrilla Army", 2, "BOL"],
    );
  });

  it("an unknown organisation headed like an armed group is kept as a candidate actor", () => {
    const text = "Fighters of the Revolutionary Jaguar Brigades attacked the post.";
    const candidate = findEntities(text).find((s) => s.data?.actorCandidate === true);
    assert.equal(candidate && text.slice(candidate.start, candidate.end), "Revolutionary Jaguar Brigades");
  });

  it("the longest name wins: 'Iraqi military' is one actor", () => {
    const found = entitiesIn("to train and mentor the Iraqi military, which is still grappling");
    assert.deepEqual(
      found.map((e) => [e.text, e.label]),
      [["Iraqi military", "ACTOR"]],
    );
  });

  describe("negative cases", () => {
    it('the pronoun "us" is not the United States', () => {
      assert.deepEqual(entitiesIn("They told us the road was closed."), []);
    });
    it("a name inside a longer word is not matched", () => {
      const actors = entitiesIn("The Hezbollahs of the world and Kataibs").filter((e) => e.label === "ACTOR");
      assert.deepEqual(actors, []);
    });
  });
});

describe("entities: peoples and regions", () => {
  it("a plural demonym is the country's people; a people without a country is MISC", () => {
    assert.deepEqual(
      entitiesIn("Seven Iraqis seized a plane.").map((e) => [e.text, e.label, e.name]),
      [["Iraqis", "NORP", "Iraq"]],
    );
    assert.deepEqual(
      entitiesIn("The talks between Chechens and Azeris went on.").map((e) => [e.text, e.label]),
      [
        ["Chechens", "MISC"],
        ["Azeris", "MISC"],
      ],
    );
    // Not every demonym takes an -s: "Swedishs" is no word.
    assert.deepEqual(entitiesIn("Swedishs"), []);
  });

  it("a region the country list lacks is a place, not an unknown word", () => {
    const found = entitiesIn("Fighting resumed in Chechnya while leaders met in Europe.");
    assert.deepEqual(
      found.filter((e) => e.label === "LOC").map((e) => e.text),
      ["Chechnya", "Europe"],
    );
  });
});
