// A riot word that modifies a noun is no riot (is-riot-modifier.ts). Invented sentences through the real
// pipeline; the negative case keeps a riot told as one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2024-03-06"));

describe("events: a riot word that modifies a noun", () => {
  it('"riot police" who made gestures are no riot', () => {
    const text = "German riot police made rude gestures at a private party earlier this month, the ministry said.";
    assert.deepEqual(triggersOf(text), []);
  });

  describe("negative cases", () => {
    it("a riot told as one stays an event", () => {
      const text = "A riot broke out in the market of Kano on Sunday after the price of bread doubled, police said.";
      assert.ok(triggersOf(text).includes("riot"));
    });
  });
});
