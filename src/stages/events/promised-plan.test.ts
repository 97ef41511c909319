// "promised a bigger march": a promise is a verb of intent like "vowed" or "pledged" (read-irrealis.ts);
// the promised march did not happen and lends no words to the protest that did.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");
const wordsOf = (text: string) => {
  const doc = run(text);
  return doc.events.flatMap((e) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end)));
};

describe("events: a promised event is a plan", () => {
  it("'promised a bigger march' is no part of Monday's protest", () => {
    const words = wordsOf(
      "Police fired tear gas at protesters in Lusaka on Monday. Opposition leaders promised a bigger march through the capital.",
    );
    assert.ok(!words.includes("march"), words.join("|"));
    assert.ok(words.includes("fired tear gas"), words.join("|"));
  });

  it("negative case: 'promised' with a past attack as its reason leaves the attack", () => {
    const doc = run(
      "The president promised justice after gunmen attacked a market in Mopti on Sunday, killing nine traders.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
  });
});
