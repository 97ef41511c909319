// A cricket report states a margin ("by four wickets", "by 38 runs"), not a score; it is as much a match
// result as "beat City 3-2" (lexicon/events/match-result-cues.txt), and its bombardments are the game's.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");

describe("events: a cricket report's margin marks the sports register", () => {
  it("'beat Bangladesh by six wickets' and 'the attack wilted under the bombardment' make no record", () => {
    const doc = run(
      [
        "Sri Lanka beat Bangladesh by six wickets in Galle on Monday to take the series.",
        "Their openers launched a fierce assault on the seamers and the visiting attack wilted under the bombardment.",
        "The captain said his side had fought back well after a poor start.",
      ].join(" "),
    );
    assert.equal(doc.events.length, 0, showEvents(doc));
  });

  it("a margin in runs too: 'lost by 38 runs'", () => {
    const doc = run(
      [
        "Pakistan lost by 38 runs to England in Multan on Sunday.",
        "Their openers launched a fierce assault on the seamers and the visiting attack wilted under the bombardment.",
        "The captain said his side had fought back well after a poor start.",
      ].join(" "),
    );
    assert.equal(doc.events.length, 0, showEvents(doc));
  });

  it("negative case: a count of runs with no win beside a real shelling stays", () => {
    const doc = run("Troops shelled rebel positions near Kidal on Monday, killing four fighters, the army said.");
    assert.equal(doc.events.length, 1, showEvents(doc));
  });
});
