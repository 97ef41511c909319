// What happens at a protest is part of it: the arrests told again with their count, and the crowd's
// violence, which makes the one demonstration a violent one (ACLED codes one event). Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-03-13");

describe("events: a protest's later sentences stay its record", () => {
  it("an arrest told again with its count, and the crowd's road blocks, are the one demonstration", () => {
    const doc = run(
      "Police fired tear gas and arrested dozens of traders who gathered in Mbale on Monday to protest against a new tax. " +
        "Police said 30 people were detained. The protesters had blocked roads and burned tyres.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Violent demonstration"],
      showEvents(doc),
    );
  });

  it("a killing whose clause names the crowd is the protest's toll, counted once", () => {
    const doc = run(
      "Protesters in Eldoret clashed with police on Monday over a land dispute, blocking roads. " +
        "Three people were killed when police opened fire on demonstrators who had thrown stones, a rights group said.",
    );
    assert.deepEqual(
      doc.events.map((e) => [e.subEventType.value, e.fatalities.value.best]),
      [["Violent demonstration", 3]],
      showEvents(doc),
    );
  });

  it("police shooting into a peaceful march is excessive force against it, one record", () => {
    const doc = run(
      "Hundreds of teachers marched in Mbale on Monday to demand unpaid wages. " +
        "Two marchers were shot dead when police opened fire on the crowd, witnesses said.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Excessive force against protesters"],
      showEvents(doc),
    );
  });

  it("arrests told right after a riot, with no day or place of their own, are the riot's", () => {
    const doc = run(
      "Hundreds of youths rioted in Mbale on Monday, burning tyres and looting shops. Dozens were arrested, police said.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Violent demonstration"],
      showEvents(doc),
    );
  });

  it("arrests told right after a peaceful march make it a protest with intervention", () => {
    const doc = run(
      "Thousands of traders marched through Mbale on Monday. Police arrested 40 people, a spokesman said.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Protest with intervention"],
      showEvents(doc),
    );
  });

  describe("negative cases", () => {
    it("the killing that set off a riot is its own event", () => {
      const doc = run("Hundreds of youths rioted in Mbale on Monday after a local trader was shot dead.");
      assert.deepEqual(
        doc.events.map((e) => e.subEventType.value),
        ["Violent demonstration", "Attack"],
        showEvents(doc),
      );
    });

    it("arrests in another town, after a protest, stay apart", () => {
      const doc = run("Thousands of traders marched through Mbale on Monday. Police arrested 40 people in Tororo.");
      assert.equal(doc.events.length, 2, showEvents(doc));
    });

    it("rioting told as another incident stays apart", () => {
      const doc = run(
        "Hundreds of traders marched in Mbale on Monday against a new tax. Separately, youths rioted and burned tyres in Mbale.",
      );
      assert.equal(doc.events.length, 2, showEvents(doc));
    });
  });
});
