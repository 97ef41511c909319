// An event told backwards ("hours after the group launched a drone") takes its day from its answer's, as
// an inferred date with the cue as evidence. Invented reports, published Monday 2024-10-14.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-14");
const answeredIn = (doc: Doc) => {
  const answers = doc.events.filter((e) => e.inResponseTo);
  assert.equal(answers.length, 1, showEvents(doc));
  const [index] = answers[0].inResponseTo!.value;
  return doc.events[index];
};

describe("events: the date of an event its answer tells backwards", () => {
  it("'strikes on Sunday, hours after rebels fired a missile': the missile on Saturday or Sunday, inferred", () => {
    const doc = run(
      "Coalition jets struck rebel bases near Marib on Sunday, hours after the rebels fired a missile at an oil terminal in Jizan.",
    );
    const missile = answeredIn(doc);
    assert.deepEqual(missile.date?.value, { start: "2024-10-12", end: "2024-10-13", precision: 2 });
    assert.equal(missile.date?.stated, false);
    const words = missile.date?.evidence.map((s) => doc.text.slice(s.start, s.end));
    assert.deepEqual(words, ["hours after", "Sunday"]);
  });

  it("'a day after' gives the day before the answer's", () => {
    const doc = run(
      "Coalition jets struck rebel bases near Marib on Sunday, a day after the rebels fired a missile at an oil terminal in Jizan.",
    );
    assert.deepEqual(answeredIn(doc).date?.value, { start: "2024-10-12", end: "2024-10-12", precision: 1 });
  });

  it("'a day after', with the report's saying day at the end: the answered event is the day before, not the saying's", () => {
    const doc = run(
      "Coalition jets struck rebel bases near Marib on Saturday, a day after the rebels fired a missile at an oil terminal in Jizan, officials said on Sunday.",
    );
    assert.deepEqual(answeredIn(doc).date?.value, { start: "2024-10-11", end: "2024-10-11", precision: 1 });
  });

  describe("negative cases", () => {
    it("'days after' bounds nothing: the answered event stays undated", () => {
      const doc = run(
        "Coalition jets struck rebel bases near Marib on Sunday, days after the rebels fired a missile at an oil terminal in Jizan.",
      );
      // Undated by the text: no date, or only the report's week (date-by-report.ts, no evidence).
      const undated = doc.events.filter((e) => !e.date || e.date.evidence.length === 0);
      assert.ok(undated.length <= 1, showEvents(doc));
      assert.ok(!doc.events.some((e) => e.date?.value.start === "2024-10-12"), showEvents(doc));
    });

    it("an answer dated only by its saying gives no day: the answered event is not dated the day before it", () => {
      const doc = run(
        "Coalition jets struck rebel bases near Marib, a day after the rebels fired a missile at an oil terminal in Jizan, officials said on Sunday.",
      );
      assert.ok(!doc.events.some((e) => e.date?.value.start === "2024-10-12"), showEvents(doc));
    });

    it("an answer dated only to its month gives no day", () => {
      const doc = run(
        "Coalition jets struck rebel bases near Marib in September, hours after the rebels fired a missile at an oil terminal in Jizan.",
      );
      // The missile may take the report's week (no evidence), never a day inferred from the answer's words.
      assert.ok(!doc.events.some((e) => e.date && !e.date.stated && e.date.evidence.length > 0), showEvents(doc));
    });
  });
});
