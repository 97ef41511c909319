// A vague quantity beside a figure (issue 18, numbers): "killed dozens" stands in for 12 only when the report
// gives no figure; "at least 31 were killed" in the same incident is the best estimate, and the vague word's
// 12 stays the low end. A figure outside the vague range disagrees with it, and the lower count stays best.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const tollOf = (text: string) => {
  const doc = processDoc(text, "2024-05-10");
  assert.equal(doc.events.length, 1, showEvents(doc));
  return doc.events[0].fatalities.value;
};

describe("events: a vague count beside a figure", () => {
  it("'killed dozens' and 'at least 31 were killed': best 31, low 12", () => {
    const toll = tollOf(
      "Gunmen killed dozens of villagers in Zamfara on Monday. Police said at least 31 people were killed.",
    );
    assert.equal(toll.best, 31);
    assert.equal(toll.low, 12);
  });

  it("'dozens' alone stays 12 with its range", () => {
    const toll = tollOf("Gunmen killed dozens of villagers in Zamfara on Monday.");
    assert.deepEqual([toll.low, toll.best, toll.high], [12, 12, 99]);
  });

  it("negative case: a figure outside the vague range (150 against dozens) leaves the lower count best", () => {
    const toll = tollOf("Gunmen killed dozens of villagers in Zamfara on Monday. Police said 150 people were killed.");
    assert.equal(toll.best, 12);
    assert.equal(toll.high, 150);
  });
});
