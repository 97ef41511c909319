// A store of weapons that another act acts on is its target, not a disrupted weapons use (is-target-cache.ts).
// Invented sentences, published on Thursday 2024-03-14, through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-14");
const types = (doc: Doc) => doc.events.map((e) => e.subEventType.value);

describe("events: a weapons store as a target", () => {
  it("'jets bombed an arms cache …, the army said': one air strike, no disrupted weapons use", () => {
    const doc = run("Israeli jets bombed an arms cache near Sidon on Thursday, the army said.");
    assert.deepEqual(types(doc), ["Air/drone strike"], showEvents(doc));
  });

  it("'the military said it struck a weapons depot': the depot is no event of its own", () => {
    const doc = run(
      "An airstrike on a house in Nabatieh killed five people on Thursday. The army said it struck a weapons depot.",
    );
    assert.ok(!types(doc).includes("Disrupted weapons use"), showEvents(doc));
  });

  describe("negative cases", () => {
    for (const text of [
      "Soldiers seized a weapons cache in Kidal on Thursday.",
      "Troops found an arms depot in a forest near Kidal on Thursday.",
      "Police said an arms cache was discovered in Kidal on Thursday.",
    ])
      it(`a seizure or find is one: ${text}`, () => {
        const doc = run(text);
        assert.deepEqual(types(doc), ["Disrupted weapons use"], showEvents(doc));
      });
  });
});
