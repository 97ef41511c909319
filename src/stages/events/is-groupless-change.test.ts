// A group's change of activity or a handover of ground needs a group (is-groupless-change.ts). Invented
// sentences through the real pipeline; the negative cases keep the acts of armed groups.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2024-03-06"));

describe("events: a change with no group is the word's everyday sense", () => {
  it("an official who tried to withdraw cash makes no event", () => {
    const text =
      "The minister was sacked after an inquiry found he had tried to withdraw cash from state accounts without authority.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a firm recruiting staff is no armed group recruiting", () => {
    const text =
      "The firm has begun recruiting other people to replace the striking drivers in Lagos, the minister said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("players who withdrew from a squad hand over no ground", () => {
    assert.deepEqual(
      triggersOf("Two players have withdrawn from the national squad for Saturday's match in Lagos."),
      [],
    );
  });

  it("a new cabinet that was formed is no armed group's change", () => {
    assert.deepEqual(triggersOf("Both new governments were formed recently, an aide said in Accra."), []);
  });

  describe("negative cases", () => {
    it("a country that surrendered is a group", () => {
      const text = "Crowds filled the streets of Manila when the radio said that Japan had surrendered.";
      assert.ok(triggersOf(text).includes("surrendered"));
    });

    it("troops that withdrew from a town stay an event", () => {
      assert.ok(triggersOf("Government troops withdrew from the town of Mora on Sunday, residents said.").length > 0);
    });

    it("a pronoun whose group is named in the sentence before keeps the event", () => {
      const text = "The rebels regrouped near Mora on Saturday. On Sunday they withdrew from the town, residents said.";
      assert.ok(triggersOf(text).some((t) => t.startsWith("withdr")));
    });
  });
});
