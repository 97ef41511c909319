// A person's quoted nickname inside the name ("Joaquin "El Chapo" Guzman"): one person, so the first name
// is never read apart as a homonymous town (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";

function people(text: string) {
  return findEntities(text)
    .filter((s) => s.label === "PERSON")
    .map((s) => ({ text: text.slice(s.start, s.end), name: s.data?.name }));
}

describe("entities: a quoted nickname inside a person's name", () => {
  it("first name, quoted nickname and surname are one person named without the nickname", () => {
    const text = 'Gunmen loyal to the sons of Ismael "El Mayo" Zambada attacked the ranch on Sunday.';
    assert.deepEqual(people(text), [{ text: 'Ismael "El Mayo" Zambada', name: "Ismael Zambada" }]);
  });

  it("negative: a quoted title after a name is no nickname", () => {
    const text = 'The singer Maria Lopez released "Bad Night" on Sunday.';
    assert.ok(!people(text).some((p) => p.text.includes('"')));
  });
});
