// A person whose possessive names a thing, not a force, is no side ("supporters of X's party"). Invented
// sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const actorsOf = (text: string) => processRecords(text, "2025-07-10").flatMap((r) => [r.actor1, r.actor2]);

describe("events: the owner of a thing is no side", () => {
  it("a leader whose party's supporters clashed is not his country's forces", () => {
    const actors = actorsOf(
      "Supporters of Imran Khan's party clashed with police in Lahore on Friday, officials said.",
    );
    assert.ok(!actors.includes("Military Forces of Pakistan"), JSON.stringify(actors));
  });
  describe("negative cases", () => {
    it("a leader's forces are his country's: 'Putin's forces shelled Kharkiv'", () => {
      const actors = actorsOf("Putin's forces shelled Kharkiv on Monday, killing three people.");
      assert.ok(actors.includes("Military Forces of Russia"), JSON.stringify(actors));
    });
    it("a leader's government acts for the state: 'Netanyahu's government ordered airstrikes'", () => {
      const actors = actorsOf("Netanyahu's government ordered airstrikes on Rafah on Sunday.");
      assert.ok(actors.includes("Military Forces of Israel"), JSON.stringify(actors));
    });
  });
});
