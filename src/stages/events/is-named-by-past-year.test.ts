// An event noun that carries its own year, long before the report, names history (issue 18). Invented
// sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2021-06-28"));

/** A page that lost its publication date: the latest date it states stands for the report's day. */
function undatedTriggersOf(text: string): string[] {
  const result = processText(text, { origin: "test" });
  assert.ok("doc" in result, "the document was declined");
  return triggerWordsOf(result.doc);
}

describe("events: an event named by a past year", () => {
  it("riots named with a year a decade back are no incident", () => {
    assert.deepEqual(triggersOf("The candidate spoke in the district that was the flashpoint of the 2009 riots."), []);
  });

  it("without a publication date, the latest date the text states is the report's day", () => {
    const text =
      "On March 3, 2021, gunmen attacked a checkpoint near Kandahar, killing four police officers. The officers' unit lost its commander in the 2006 bombings.";
    assert.deepEqual(undatedTriggersOf(text), ["attacked"]);
  });

  describe("negative cases", () => {
    it("without a publication date or a later date, an event named by its year stays", () => {
      assert.deepEqual(undatedTriggersOf("Survivors of the 2006 bombings gathered in Kandahar."), ["bombings"]);
    });

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
