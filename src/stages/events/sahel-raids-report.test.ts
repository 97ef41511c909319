// An invented wire report from Burkina Faso (fixtures/sahel-raids-report.txt, issue 18): its places and dates
// read in the report's context. Only the places and dates are asserted here; how its raids split is another test's.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { processText } from "../../process.js";

const text = readFileSync(new URL("./fixtures/sahel-raids-report.txt", import.meta.url), "utf8");

function readEvents() {
  const result = processText(text, { origin: "test", published: "2024-03-12" });
  assert.ok("doc" in result, "the document was declined");
  return result.doc.events;
}

describe("events: places and dates of a report from Burkina Faso", () => {
  const events = readEvents();

  it("'in the East region' places no event in another country", () => {
    assert.deepEqual([...new Set(events.map((e) => e.place?.value.iso3))], ["BFA"]);
  });

  it("'in the capital Ouagadougou, about 300 people marched': the protest is in the town", () => {
    const protest = events.find((e) => e.eventType.value === "Protests");
    assert.deepEqual([protest?.place?.value.location, protest?.place?.value.precision], ["Ouagadougou", 1]);
  });

  it("'said in a statement that soldiers had killed 20 militants … on Sunday': the Sunday before", () => {
    const clash = events.find((e) => e.subEventType.value === "Armed clash");
    assert.equal(clash?.date?.value.start, "2024-03-10");
  });
});
