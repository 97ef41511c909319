// "the army said in a statement that soldiers had killed 20 militants … on Sunday": a complementiser "that"
// opening a past-tense clause is no determiner, so the clause's own weekday dates the event: the latest such
// day on or before publication (issue 18). Invented sentences, published Tuesday 2024-03-12.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-12");

const dates = (doc: Doc) => doc.events.map((e) => e.date?.value.start ?? null);

describe("events: a weekday in a reported past-tense clause", () => {
  it("'said in a statement that soldiers had killed 20 militants near X on Sunday': the Sunday before", () => {
    const doc = run(
      "Mali's army said in a statement that soldiers had killed 20 militants in a counter-offensive near Gao on Sunday.",
    );
    assert.deepEqual(dates(doc), ["2024-03-10"]);
  });

  it("'said that jihadists had killed eight villagers in a night-time raid … on Friday': the Friday before", () => {
    const doc = run(
      "The governor said that jihadists had killed eight villagers in a night-time raid near Gao on Friday.",
    );
    assert.deepEqual(dates(doc), ["2024-03-08"]);
  });

  describe("negative cases", () => {
    it("a definite 'the attack' told again later keeps the date of its first telling", () => {
      const doc = run(
        "Gunmen attacked a checkpoint near Gao on Monday, killing three soldiers. On Wednesday the army said that the attack had been repelled.",
      );
      assert.ok(!dates(doc).includes("2024-03-06"), `dates: ${dates(doc)}`);
      assert.ok(dates(doc).includes("2024-03-11"), `dates: ${dates(doc)}`);
    });
  });
});
