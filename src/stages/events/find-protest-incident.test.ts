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

  describe("negative cases", () => {
    it("rioting told as another incident stays apart", () => {
      const doc = run(
        "Hundreds of traders marched in Mbale on Monday against a new tax. Separately, youths rioted and burned tyres in Mbale.",
      );
      assert.equal(doc.events.length, 2, showEvents(doc));
    });
  });
});
