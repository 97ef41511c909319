// Places an event's clause shares or names in passing (issue 18, events with no country): the place phrase of
// the verb a subjectless conjunct follows, and a country after "in a" / "in the". Invented sentences,
// published Monday 2024-11-04.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-11-04");
const locations = (doc: Doc) => doc.events.map((e) => e.place?.value.location ?? null);

describe("events: places a clause shares", () => {
  it("'Gunmen attacked a church in X on Sunday and killed two worshippers': X", () => {
    const doc = run("Gunmen attacked a church in Butembo on Sunday and killed two worshippers.");
    assert.deepEqual(locations(doc), ["Butembo"]);
  });

  it("'... was stabbed to death on Friday at his farm in a West Bank settlement': the territory", () => {
    const doc = run("A farmer was stabbed to death by a militant on Friday at his farm in a West Bank settlement.");
    assert.deepEqual(
      doc.events.map((e) => e.place?.value.iso3),
      ["PSE"],
    );
  });

  describe("negative cases", () => {
    it("a conjunct with its own subject and place keeps its own: 'and police killed two suspects in Y'", () => {
      const doc = run(
        "Gunmen attacked a church in Butembo on Sunday, and police killed two suspects in Beni on Monday.",
      );
      assert.ok(locations(doc).includes("Beni"), `locations: ${locations(doc)}`);
    });
  });
});
