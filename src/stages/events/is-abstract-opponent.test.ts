// A fight against a thing or an ill is a figure of speech, not an armed clash (issue 18). Invented sentences
// through the real pipeline; the negative cases keep fights against armed parties.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2021-06-28"));

describe("events: a fight against an abstraction", () => {
  it("countries that cooperate in fighting organised crime fight no battle", () => {
    assert.deepEqual(
      triggersOf("The two countries agreed on Monday to step up cooperation in fighting organised crime."),
      [],
    );
  });

  it("a decree on fighting corruption is no battle", () => {
    assert.deepEqual(triggersOf("The president signed a decree on fighting corruption in the ports on Monday."), []);
  });

  describe("negative cases", () => {
    it("troops fighting rebels stay a battle", () => {
      assert.deepEqual(triggersOf("Government troops were fighting the rebels near the town on Monday."), ["fighting"]);
    });

    it("troops fighting an insurgency stay a battle", () => {
      assert.deepEqual(triggersOf("Government troops were fighting the insurgency in the north on Monday."), [
        "fighting",
      ]);
    });

    it("soldiers who fought against militias stay a battle", () => {
      assert.deepEqual(triggersOf("Soldiers fought against the militias in the hills on Sunday."), ["fought"]);
    });
  });
});
