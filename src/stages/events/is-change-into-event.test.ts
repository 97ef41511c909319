// "exploded into street battles": the battles are the event, the explosion a figure of speech
// (is-change-into-event.ts). Invented reports through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2026-12-07");
const subTypes = (text: string) => run(text).events.map((e) => e.subEventType.value);

describe("events: a verb of violence changing into another event", () => {
  it('"the feud exploded into street battles" is an armed clash, no explosion', () => {
    const text =
      "TRIPOLI, Dec 7 (Reuters) - The feud between the two militias exploded into street battles in Tripoli on Sunday, killing at least six people, medics said.";
    const types = subTypes(text);
    assert.ok(types.includes("Armed clash"), showEvents(run(text)));
    assert.ok(!types.includes("Remote explosive/landmine/IED"), showEvents(run(text)));
  });

  it("a bomb that exploded near a market is still an explosion", () => {
    const text =
      "BAGHDAD, Dec 7 (Reuters) - A car bomb exploded near a market in Baghdad on Sunday, killing eight people, police said.";
    assert.ok(subTypes(text).includes("Remote explosive/landmine/IED"), showEvents(run(text)));
  });
});
