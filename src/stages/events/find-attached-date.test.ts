// A date the parse hangs on a definite trigger's verb dates it (find-attached-date.ts), also when the parse
// hangs each phrase on the noun before it. Invented reports, published Tuesday 2024-08-13.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");
const dateOfTrigger = (text: string, trigger: string) => {
  const doc = run(text);
  const event = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === trigger);
  assert.ok(event, showEvents(doc));
  return event.date?.value.start;
};

describe("events: a date attached to a definite trigger's verb", () => {
  describe("negative cases", () => {
    it("'the attack, the deadliest since May 10': a compared date is not the attack's", () => {
      const date = dateOfTrigger(
        "Gunmen stormed a hotel in Mogadishu on Sunday. The attack was the deadliest in the city since May 10, police said.",
        "stormed",
      );
      assert.equal(date, "2024-08-11");
    });
  });
});
