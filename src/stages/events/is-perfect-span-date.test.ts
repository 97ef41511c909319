// A time hung on a present perfect ("have intensified in recent weeks") spans the weeks up to the report and
// dates no act told before it (is-perfect-span-date.ts). Invented reports, published Thursday 2024-03-14.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-14");
const dateOf = (doc: Doc, word: string) => {
  const event = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end).includes(word));
  assert.ok(event, showEvents(doc));
  return event.date?.value;
};

describe("events: a trend's span up to now", () => {
  it("'Tensions have risen in recent weeks' (no event word, unparsed) does not date the interception before it", () => {
    const doc = run(
      "The air force said most of the drones were intercepted over the border. Tensions have risen in recent weeks.",
    );
    const date = dateOf(doc, "intercepted");
    assert.notEqual(date?.start, "2024-02-14", JSON.stringify(date));
  });

  it("'Attacks have intensified in recent weeks' (parsed) does not date the interception either", () => {
    const doc = run(
      "The air force said most of the drones were intercepted over the border. Attacks on the border have intensified in recent weeks.",
    );
    const date = dateOf(doc, "intercepted");
    assert.notEqual(date?.start, "2024-02-14", JSON.stringify(date));
  });

  describe("negative cases", () => {
    it("a past-tense day in the next sentence still dates the act told before", () => {
      const doc = run("Most of the drones were intercepted over the border. The attack came on Tuesday night.");
      assert.equal(dateOf(doc, "intercepted")?.start, "2024-03-12");
    });
  });
});
