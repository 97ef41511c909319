// Where: a place inside the phrase naming a report's source ("according to a doctor in X", "a spokesman in X
// said") is where the source is, not the event. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const PUBLISHED = "2024-10-14";

function locationsOf(text: string): (string | null | undefined)[] {
  return processDoc(text, PUBLISHED).events.map((e) => e.place?.value.location);
}

describe("events: a source's town is not the event's place", () => {
  it("'a police spokesman in X told Reuters' yields to the province the clause names", () => {
    const text = "Bandits killed six farmers in Kwara state on Sunday, a police spokesman in Ilorin told Reuters.";
    const doc = processDoc(text, PUBLISHED);
    assert.deepEqual(
      doc.events.map((e) => e.place?.value.location),
      ["Kwara"],
      showEvents(doc),
    );
  });

  it("'according to a hospital source in X' gives only X's country, inferred", () => {
    const doc = processDoc(
      "At least 14 soldiers died in clashes with rebels on Sunday, according to a hospital source in Bukavu.",
      PUBLISHED,
    );
    const place = doc.events[0]?.place;
    assert.equal(place?.value.location, "Democratic Republic of Congo", showEvents(doc));
    assert.equal(place?.value.precision, 3);
    assert.equal(place?.stated, false);
  });

  it("'said a doctor at the hospital in X', the speaker after the verb, is a source too", () => {
    const locations = locationsOf("Gunmen shot dead five traders on Friday, said a doctor at the hospital in Ilorin.");
    assert.ok(!locations.includes("Ilorin"), JSON.stringify(locations));
  });

  it("negative: a place in the event's own clause stays, with a speaker after it", () => {
    assert.deepEqual(locationsOf("Gunmen shot dead five traders in Ilorin on Friday, a police spokesman said."), [
      "Ilorin",
    ]);
  });
});
