// A participle before its noun tells the thing's state, not an act (is-state-participle.ts). Invented
// sentences through the real pipeline; the negative case keeps the verb that tells the act.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2024-03-06"));

describe("events: a participle that describes its noun", () => {
  it('"a captured tank" is no territory taken', () => {
    assert.deepEqual(triggersOf("Soon after, a captured army tank roared out of the base near Goma."), []);
  });

  describe("negative cases", () => {
    it("troops that captured a tank keep the act", () => {
      const text = "Soldiers captured the rebel base near Goma on Sunday after a day of fighting, the army said.";
      assert.ok(triggersOf(text).some((t) => t.startsWith("captured")));
    });
  });
});
