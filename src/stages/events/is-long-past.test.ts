// An incident dated long before the report is history, not news. Invented sentences through processText.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";

function triggersOf(text: string, published = "2025-06-12"): string[] {
  const result = processText(text, { origin: "test", published });
  assert.ok("doc" in result, "the document was declined");
  const doc = result.doc;
  return doc.events.map((e) => doc.text.slice(e.trigger.start, e.trigger.end));
}

describe("events: an incident dated long before the report", () => {
  it("a bombing a court tried, dated ten years back, is no event", () => {
    assert.deepEqual(triggersOf("A court jailed two men on Thursday over the 2015 bombing of a bus station."), []);
  });

  it("an attack dated in the week of the report stays an event", () => {
    assert.ok(triggersOf("Gunmen attacked a bus station in Maiduguri on Tuesday, killing four people.").length > 0);
  });

  it("without a publication date nothing is history", () => {
    const result = processText("Rebels captured the town of Bunia in 2003.", { origin: "test" });
    assert.ok("doc" in result);
    assert.ok(result.doc.events.length > 0);
  });
});
