// "Later in the day, militants fired rockets at ...": a sentence that opens by placing its act later on the
// day of the act just told names no day of its own; its day is that act's (find-sequel-date.ts). Invented
// sentences, published Wednesday 2024-05-15.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-05-15");
const dateOf = (text: string, word: string) => {
  const doc = run(text);
  const event = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end).includes(word));
  assert.ok(event, showEvents(doc));
  return event.date?.value;
};

describe("events: a same-day sequel takes the day of the act told before", () => {
  it("'Later in the day, militants fired rockets': the Tuesday of the strike before", () => {
    const date = dateOf(
      "Warplanes struck a house in Khan Younis on Tuesday, killing five people, medics said. Later in the day, militants fired rockets at Sderot, wounding two residents.",
      "rockets",
    );
    assert.equal(date?.start, "2024-05-14");
    assert.equal(date?.precision, 1);
  });

  it("'Earlier in the evening' opens a same-day sequel too", () => {
    const date = dateOf(
      "Gunmen shot dead a village chief near Kidal on Sunday, residents said. Earlier in the evening, a roadside bomb hit an army truck on the road to Gao.",
      "bomb",
    );
    assert.equal(date?.start, "2024-05-12");
  });

  describe("negative cases", () => {
    it("'The next day' puts the act on another day: not the strike's day", () => {
      const date = dateOf(
        "Warplanes struck a house in Khan Younis on Tuesday, killing five people, medics said. The next day, militants fired rockets at Sderot.",
        "rockets",
      );
      assert.notEqual(date?.start, "2024-05-14");
    });
  });
});
