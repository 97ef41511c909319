import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";

const labelled = (text: string) =>
  findEntities(text)
    .filter((s) => ["PERSON", "COUNTRY"].includes(s.label))
    .map((s) => [text.slice(s.start, s.end), s.label]);

describe("entities: a country's name as a person's surname", () => {
  it("after a first name it is the person's, and so is the same word alone elsewhere in the report", () => {
    assert.deepEqual(labelled("Director Neil Jordan defended the film . Jordan said it was fair ."), [
      ["Neil Jordan", "PERSON"],
      ["Jordan", "PERSON"],
    ]);
  });

  it("after a locative word it stays the country; without a first name before it nothing changes", () => {
    assert.deepEqual(labelled("Director Neil Jordan defended the film . Troops crossed from Jordan ."), [
      ["Neil Jordan", "PERSON"],
      ["Jordan", "COUNTRY"],
    ]);
    // "Will" is a first name but an ordinary word first: no person.
    assert.deepEqual(labelled("Will Jordan reopen the border ? Jordan said it would ."), [
      ["Jordan", "COUNTRY"],
      ["Jordan", "COUNTRY"],
    ]);
  });
});
