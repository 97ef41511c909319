// An event noun that carries its own year, long before the report, names history (issue 18). Invented
// sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2021-06-28"));

describe("events: an event named by a past year", () => {
  it("riots named with a year a decade back are no incident", () => {
    assert.deepEqual(triggersOf("The candidate spoke in the district that was the flashpoint of the 2009 riots."), []);
  });

  describe("negative cases", () => {
    it("a protest of the report's own day stays, beside the old riots it is compared with", () => {
      const text =
        "Police fired tear gas at protesters in the capital on Monday. It was the worst unrest since the 2009 riots.";
      assert.deepEqual(triggersOf(text), ["fired tear gas"]);
    });

    it("riots named with a year of the report's own time stay", () => {
      assert.deepEqual(triggersOf("The candidate spoke in the district that was the flashpoint of the 2021 riots."), [
        "riots",
      ]);
    });
  });
});
