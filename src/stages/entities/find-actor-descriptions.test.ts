import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";
import { needsSeedArticle, readSeedArticle } from "../../testing/fixtures.js";

type Described = { text: string } & Record<string, unknown>;

function described(text: string, label: string): Described[] {
  return findEntities(text)
    .filter((s) => s.label === label)
    .map((s) => ({ ...s.data, text: text.slice(s.start, s.end) }));
}

describe("entities: actor and source descriptions", () => {
  it(
    "seed: 'Iranian-backed militias' and 'Shiite militias sponsored by Iran' describe actors affiliated with Iran",
    needsSeedArticle(),
    () => {
      const found = described(readSeedArticle(), "ACTOR_DESCRIPTION");
      // inter 3 (political militia) comes from the Phoenix agents dictionary's "militia" (unidentified armed force).
      assert.ok(
        found.some(
          (d) =>
            d.text === "Iranian-backed militias" &&
            d.affiliation === "IRN" &&
            d.description === "militias" &&
            d.inter === 3,
        ),
      );
      assert.ok(found.some((d) => d.text === "Shiite militias sponsored by Iran" && d.affiliation === "IRN"));
      // A description is not a new actor: no ACTOR span covers these words.
      const text = readSeedArticle();
      const actors = findEntities(text)
        .filter((s) => s.label === "ACTOR")
        .map((s) => text.slice(s.start, s.end));
      assert.ok(!actors.some((a) => /militias/.test(a)));
    },
  );

  it("seed: anonymous sources with role, institution and 'former'", needsSeedArticle(), () => {
    const found = described(readSeedArticle(), "SOURCE_DESCRIPTION");
    assert.ok(
      found.some(
        (d) => d.text === "A US official" && d.role === "official" && d.institution === "US" && d.former === false,
      ),
    );
    assert.ok(
      found.some(
        (d) => d.text === "a former US military official" && d.institution === "US military" && d.former === true,
      ),
    );
    assert.ok(found.some((d) => d.text === "State Department officials" && d.institution === "State Department"));
  });

  it("other sponsors and nouns: 'Turkish-backed fighters', 'rebels backed by Rwanda'", () => {
    assert.deepEqual(
      described("Turkish-backed fighters shelled the town. Rebels backed by Rwanda advanced.", "ACTOR_DESCRIPTION").map(
        (d) => [d.text, d.affiliation],
      ),
      [
        ["Turkish-backed fighters", "TUR"],
        ["Rebels backed by Rwanda", "RWA"],
      ],
    );
  });

  describe("negative cases", () => {
    it("a named spokesman is not an anonymous source; 'the officials' alone names no institution", () => {
      assert.deepEqual(
        described("Pentagon spokesman John Kirby said so. The officials left.", "SOURCE_DESCRIPTION"),
        [],
      );
    });
    it("'Iranian-backed' before a noun that is no armed actor is no description", () => {
      assert.deepEqual(described("An Iranian-backed loan was signed.", "ACTOR_DESCRIPTION"), []);
    });
    it("a sentence's last word is not part of the next sentence's source", () => {
      const [d] = described("The strike hit Iran. A US official said it worked.", "SOURCE_DESCRIPTION");
      assert.equal(d.text, "A US official");
    });
  });
});
