// An armed group's name before a possessive "'s" is the group: the fold kept the "s" ("hamass"), so
// "Hamas's fighters" named no actor. Invented phrases.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildAliasMatcher } from "./build-alias-matcher.js";

type Entry = { label: "ACTOR" | "COUNTRY"; name: string };
const matcher = buildAliasMatcher<Entry>(
  [
    { aliases: ["Hamas"], entry: { label: "ACTOR", name: "Hamas" } },
    { aliases: ["Islamic State", "IS"], entry: { label: "ACTOR", name: "Islamic State" } },
    { aliases: ["People's Liberation Army"], entry: { label: "ACTOR", name: "PLA" } },
    { aliases: ["Iraq"], entry: { label: "COUNTRY", name: "Iraq" } },
  ],
  (entry) => entry.label === "ACTOR",
);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entry.name]);

describe("entities: an actor named before a possessive", () => {
  it("'Hamas's fighters' and 'Islamic State’s branch' name the group, ending before the apostrophe", () => {
    assert.deepEqual(found("Hamas's fighters attacked"), [["Hamas", "Hamas"]]);
    assert.deepEqual(found("the Islamic State’s branch"), [["Islamic State", "Islamic State"]]);
  });
  it('an alias that holds "\'s" itself still matches as written', () => {
    assert.deepEqual(found("the People's Liberation Army"), [["People's Liberation Army", "PLA"]]);
  });
  describe("negative cases", () => {
    it("entries not marked possessable ('Iraq's army') and acronyms in the wrong case do not match", () => {
      assert.deepEqual(found("Iraq's army advanced"), []);
      assert.deepEqual(found("this's odd"), []);
    });
  });
});
