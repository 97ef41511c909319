// A territory verb whose goal is an amount tells of a quantity, not of ground taken (issue 18). Invented
// sentences through the real pipeline; the negative cases keep places taken.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2021-06-28"));

describe("events: a quantity that changed", () => {
  it("a profit that fell to an amount of money is no territory taken", () => {
    const text =
      "The company said its profit fell to 12 million euros in the first half from 30 million a year earlier.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a deficit that fell to a number is no territory taken", () => {
    assert.deepEqual(triggersOf("The trade deficit fell to 640 million dollars in the second quarter."), []);
  });

  describe("negative cases", () => {
    it("villages counted and seized stay territory taken", () => {
      assert.deepEqual(triggersOf("Rebels seized two villages near the border on Sunday, residents said."), [
        "seized two villages",
      ]);
    });

    it("a town that fell to rebels stays territory taken", () => {
      assert.ok(triggersOf("The town fell to the rebels on Sunday after a week of fighting.").includes("fell to"));
    });
  });
});
