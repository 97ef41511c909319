// "The death toll from the bombings rose to 20 on Tuesday": the day of the count is not the day of the
// bombing (is-toll-update-date.ts), so a lead told that way waits for the body's dated telling and joins
// it, even where the body names the bomb more closely ("suicide bombings").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");

describe("events: a toll update's day is not the incident's", () => {
  it("a lead toll rising 'on Tuesday' and the body's 'on Sunday' bombing are one record, dated Sunday", () => {
    const doc = run(
      [
        "The death toll from twin bombings at a bus station in Maiduguri rose to 20 on Tuesday after four of the wounded died, officials said.",
        "Two suicide bombings killed at least 16 people at the station on Sunday morning, police said.",
        "Dozens of people were wounded.",
      ].join(" "),
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].date?.value.start, "2024-08-11");
    assert.equal(doc.events[0].fatalities?.value.best, 20);
  });

  it("a toll update with no other date leaves the incident undated, not dated by the count", () => {
    const doc = run(
      "The death toll from a bombing at a market in Gao rose to nine on Monday, a health official said. Police said they had arrested no one.",
    );
    const bombing = doc.events.find((e) => e.eventType.value === "Explosions/Remote violence");
    assert.ok(bombing, showEvents(doc));
    assert.notEqual(bombing.date?.value.start, "2024-08-12");
  });

  it("a long lead whose toll 'has risen, officials said on Monday' is not dated by the saying", {
    todo: "fails on int26 (CI run of ac97893): dates26's 160-char gap meets the speech-tag split; not yet studied",
  }, () => {
    const doc = run(
      "The death toll from a suicide bombing at a crowded livestock market in the eastern border town of Gao in northern Mali has risen to 19, officials said on Monday.",
    );
    const bombing = doc.events.find((e) => e.eventType.value === "Explosions/Remote violence");
    assert.ok(bombing, showEvents(doc));
    assert.notEqual(bombing.date?.value.start, "2024-08-12");
  });

  it("a long lead whose toll 'rose to 19 on Monday' is not dated by the count's day", () => {
    const doc = run(
      "The death toll from a suicide bombing at a crowded livestock market in the eastern border town of Gao in northern Mali rose to 19 on Monday, officials said.",
    );
    const bombing = doc.events.find((e) => e.eventType.value === "Explosions/Remote violence");
    assert.ok(bombing, showEvents(doc));
    assert.notEqual(bombing.date?.value.start, "2024-08-12");
  });

  describe("negative cases", () => {
    it("the incident's own possessive day still dates a long lead: 'Saturday's suicide bombing'", () => {
      const doc = run(
        "The death toll from Saturday's suicide bombing at a crowded livestock market in the eastern border town of Gao in northern Mali has risen to 19, officials said on Monday.",
      );
      const bombing = doc.events.find((e) => e.eventType.value === "Explosions/Remote violence");
      assert.equal(bombing?.date?.value.start, "2024-08-10", showEvents(doc));
    });
  });
});
