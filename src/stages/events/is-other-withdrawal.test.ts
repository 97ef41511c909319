// A withdrawal is a force's only when a force withdraws or withdraws its troops; money, candidates and bills
// withdrawn are the verb's other sense. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2022-03-07"));

describe("events: a withdrawal of something that is no force", () => {
  it("withdrawing cash from a fund is no change to a group's activity", () => {
    const text = "The treasurer was dismissed after he withdrew cash from the party's fund without approval.";
    assert.deepEqual(triggersOf(text), []);
  });
  it("withdrawing a candidate from a race is no change to a group's activity", () => {
    assert.deepEqual(triggersOf("The ruling party withdrew its candidate from the mayoral race on Sunday."), []);
  });

  describe("negative cases", () => {
    it("an army that withdrew its soldiers from a town stays an event", () => {
      const text = "The army withdrew its soldiers from the town of Menaka on Sunday, residents said.";
      assert.deepEqual(triggersOf(text), ["withdrew"]);
    });
    it("rebels who withdrew from a town stay an event", () => {
      assert.deepEqual(triggersOf("Rebels withdrew from the town of Menaka on Sunday, residents said."), ["withdrew"]);
    });
  });
});
