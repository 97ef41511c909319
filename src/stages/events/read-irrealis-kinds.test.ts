// A kind of event ("every protest", "any march") and striving ("fighting to overthrow", "battling to reach")
// are not incidents; one clash or one protest still is. Invented sentences through processText.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2025-06-12"));

describe("events: kinds of events and striving", () => {
  it("every protest of a generalisation is no event", () => {
    assert.deepEqual(triggersOf("The minister said every protest in the capital is a threat to order."), []);
  });

  // Six sentences or more with no weapon, casualty or armed actor: a report with no conflict in it
  // (is-off-register.ts), where striving is read as an effort.
  it("in a report with no conflict, a combat verb with a to-infinitive complement is an effort", () => {
    const report = [
      "Heavy rain fell across the hill districts for a third day on Monday.",
      "Rescue crews were battling to reach the flooded villages.",
      "Roads to the valley were closed and the river rose by two metres.",
      "The weather office expects more rain on Tuesday.",
      "Schools in the district will stay shut until Friday.",
      "Volunteers handed out food and water at the bus station.",
    ].join(" ");
    assert.deepEqual(triggersOf(report), []);
  });

  it("a clash of two named forces stays an event", () => {
    const found = triggersOf("Soldiers battled rebels near the town of Beni on Monday.");
    assert.ok(found.length > 0, found.join());
  });
});
