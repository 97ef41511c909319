// Soldiers or fighters who march or rally move or regroup; a crowd that does it demonstrates. Invented
// sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2022-03-07"));

describe("events: an armed force that marches is no protest", () => {
  it("'troops marched into the town' is no peaceful protest", () => {
    assert.deepEqual(triggersOf("Foreign troops marched into the town of Kupiansk on Monday, residents said."), []);
  });
  it("'hundreds of soldiers marched through the capital' is no peaceful protest", () => {
    assert.deepEqual(triggersOf("Hundreds of soldiers marched through the capital on Sunday in a parade."), []);
  });

  describe("negative cases", () => {
    it("students who marched through the capital protested", () => {
      assert.deepEqual(triggersOf("Thousands of students marched through the capital on Monday."), ["marched"]);
    });
    it("soldiers who protested over their pay protested", () => {
      const text = "Hundreds of soldiers protested over unpaid wages in the capital on Monday.";
      assert.deepEqual(triggersOf(text), ["protested"]);
    });
  });
});
