// A state's protest is a diplomatic complaint, not a demonstration (issue 18). Invented reports through the
// real pipeline; the negative case keeps a crowd's protest.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

// Six sentences or more: a shorter snippet shows no register (settings.registerMinSentences).
const FILLER = [
  "The case has drawn wide attention in the region.",
  "Officials gave no further details.",
  "A court hearing is expected next month.",
  "The newspaper did not name its sources.",
  "Neighbours described the man as quiet.",
];
const triggersOf = (lead: string): string[] => triggerWordsOf(processDoc([lead, ...FILLER].join(" "), "2021-06-28"));

describe("events: a state's protest", () => {
  it("a country that recalls its ambassador in protest holds no demonstration", () => {
    assert.deepEqual(triggersOf("Brazil recalled its ambassador in protest after the minister's remarks."), []);
  });

  it("a country that raises protests holds no demonstration", () => {
    assert.deepEqual(triggersOf("Brazil raised angry protests after the shipment was seized in the port."), []);
  });

  describe("negative cases", () => {
    it("students who protest in a capital stay a demonstration", () => {
      assert.deepEqual(triggersOf("Thousands of students protested in Madrid on Monday against the new fees."), [
        "protested",
      ]);
    });
  });
});
