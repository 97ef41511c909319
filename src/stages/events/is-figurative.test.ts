// The sentences are written for this test in wire-report wording; the first paraphrases a Washington Post
// report in the WikiEvents dev set (scenario_en_62), where sanctions were the only weapon.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";

function eventTypes(text: string): string[] {
  const result = processText(text, { published: "2017-07-28" });
  assert.ok("doc" in result);
  return result.doc.events.map((e) => e.subEventType.value);
}

describe("events: figurative violence verbs", () => {
  it('"targeted nine more bank executives with sanctions" is no attack', () => {
    assert.deepEqual(
      eventTypes("On Monday, the finance ministry targeted nine more bank executives with sanctions."),
      [],
    );
  });

  describe("negative cases", () => {
    it("a weapon or a casualty keeps the attack, whatever else the sentence says", () => {
      assert.equal(
        eventTypes("Militants attacked a police convoy with rockets despite the sanctions, killing three officers.")
          .length,
        1,
      );
    });
    it("without a figurative cue, 'targeted' officials is an attack", () => {
      assert.equal(eventTypes("On Wednesday, gunmen targeted 13 Venezuelan officials in Caracas.").length, 1);
    });
  });
});
