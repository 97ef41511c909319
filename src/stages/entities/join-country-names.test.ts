import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";

const orgs = (text: string) =>
  findEntities(text)
    .filter((s) => s.label === "ORG")
    .map((s) => text.slice(s.start, s.end));

describe("entities: a country inside an organisation's name", () => {
  it("an ordinary word written with a capital against a country makes one organisation's name", () => {
    const text =
      "Unions at Air France struck on Monday , the China Daily said . Rates held , the Bank of Canada said .";
    assert.deepEqual(orgs(text), ["Air France", "China Daily", "Bank of Canada"]);
    // The country stays known under the organisation.
    assert.ok(findEntities(text).some((s) => s.label === "COUNTRY" && text.slice(s.start, s.end) === "France"));
    // No person "Daily" is left behind.
    assert.ok(!findEntities(text).some((s) => s.label === "PERSON"));
  });

  it("not a place's compass word, a word opening the sentence, a longer name or a company with its country", () => {
    const text =
      "Troops entered East Timor on Monday . Across Syria , towns emptied . Markets shut for the U.S. Labor Day holiday . Kia Motor Corp of South Korea said sales rose .";
    assert.deepEqual(
      orgs(text).filter((o) => /Timor|Syria|Labor|Korea/.test(o)),
      [],
    );
  });

  it("not in a headline written in title case, where verbs are capitalised too", () => {
    assert.deepEqual(
      orgs("Iraq Says Talks Failed\nBaghdad officials said talks with Iran failed .").filter((o) =>
        o.startsWith("Iraq"),
      ),
      [],
    );
  });
});
