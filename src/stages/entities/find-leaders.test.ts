import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";
import { needsSeedArticle, readSeedArticle } from "../../testing/fixtures.js";

function actors(text: string) {
  return findEntities(text)
    .filter((s) => s.label === "ACTOR")
    .map((s) => ({
      text: text.slice(s.start, s.end),
      name: s.data?.name,
      iso3: s.data?.iso3,
      inter: s.data?.inter,
      person: s.data?.person,
    }));
}

describe("entities: leaders stand for their governments", () => {
  it(
    "seed article: President Biden, the Biden and Trump administrations are the US government",
    needsSeedArticle(),
    () => {
      const found = actors(readSeedArticle()).filter((a) => a.person);
      const texts = new Set(found.map((a) => a.text));
      for (const text of ["Biden", "Biden administration", "Trump administration"]) assert.ok(texts.has(text), text);
      for (const a of found.filter((a) => a.iso3 === "USA"))
        assert.deepEqual([a.name, a.inter], ["Government of the United States", 1]);
      assert.deepEqual(found.find((a) => a.text === "Trump administration")?.person, "Donald Trump");
      // Ebrahim Raisi, named as Iran's new president.
      assert.ok(found.some((a) => a.text === "Ebrahim Raisi" && a.iso3 === "IRN"));
    },
  );

  it("a full name with its title, and a possessive surname", () => {
    assert.deepEqual(
      actors("President Joe Biden ordered the strikes.").map((a) => [a.text, a.iso3, a.inter]),
      [["Joe Biden", "USA", 1]],
    );
    assert.deepEqual(
      actors("It was Netanyahu’s decision.").map((a) => [a.text, a.iso3]),
      [["Netanyahu", "ISR"]],
    );
  });

  it("a surname inside another person's name, in lower case, or too common to stand alone is no leader", () => {
    assert.deepEqual(actors("Hunter Biden met reporters."), []);
    assert.deepEqual(actors("the biden word in lower case"), []);
    assert.deepEqual(actors("May was warm, and Johnson scored twice."), []);
    assert.deepEqual(
      actors("Lloyd Austin flew to Austin, Texas.").map((a) => a.text),
      ["Lloyd Austin"],
    );
  });
});
