// "fell into" is ground taken only with the hands or control it fell into (lexicon/events/triggers.tsv).
// Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2024-03-06"));

describe('events: "fell into"', () => {
  it("a bus that fell into a river is an accident, not territory taken", () => {
    assert.deepEqual(triggersOf("The bus fell into the river near Kano on Tuesday, police said."), []);
  });

  describe("negative cases", () => {
    it("a town that fell into rebel hands is territory taken", () => {
      const text = "The town of Mora fell into rebel hands on Sunday after a week of fighting, residents said.";
      assert.ok(triggersOf(text).some((t) => t.startsWith("fell into")));
    });
  });
});
