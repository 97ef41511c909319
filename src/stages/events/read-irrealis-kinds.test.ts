// A kind of event ("every protest", "any march") and striving ("fighting to overthrow", "battling to reach")
// are not incidents; one clash or one protest still is. Invented sentences through processText.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";

function triggersOf(text: string): string[] {
  const result = processText(text, { origin: "test", published: "2025-06-12" });
  assert.ok("doc" in result, "the document was declined");
  const doc = result.doc;
  return doc.events.map((e) => doc.text.slice(e.trigger.start, e.trigger.end));
}

describe("events: kinds of events and striving", () => {
  it("every protest of a generalisation is no event", () => {
    assert.deepEqual(triggersOf("The minister said every protest in the capital is a threat to order."), []);
  });

  it("a combat verb with a to-infinitive complement is an effort, not a clash", () => {
    assert.deepEqual(triggersOf("Rescue crews were battling to reach the flooded villages on Monday."), []);
  });

  it("a clash of two named forces stays an event", () => {
    const found = triggersOf("Soldiers battled rebels near the town of Beni on Monday.");
    assert.ok(found.length > 0, found.join());
  });
});
