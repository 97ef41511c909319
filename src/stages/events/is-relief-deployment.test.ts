// A force deployed for relief work after a flood is no change to an armed group's activity. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-07-09");

const FLOOD = [
  "Floods after monsoon rains killed at least 23 people in northern Bangladesh on Monday, officials said.",
  "Rivers burst their banks, submerging villages and destroying crops.",
  "Soldiers were deployed to help evacuate residents by boat.",
  "The weather office warned of more heavy rain this week.",
].join(" ");

describe("events: a deployment for relief work is no conflict event", () => {
  it("soldiers deployed to help evacuate flood victims give no event", () => {
    assert.deepEqual(triggerWordsOf(run(FLOOD)), []);
  });

  it("troops deployed to rescue survivors give no event", () => {
    const doc = run(FLOOD.replace("to help evacuate residents by boat", "to rescue survivors from the water"));
    assert.deepEqual(triggerWordsOf(doc), []);
  });

  describe("negative cases", () => {
    it("troops deployed to a town after an attack are still deployed", () => {
      const doc = run(
        "Militants attacked a checkpoint on Monday, killing five soldiers. Troops were deployed to the town on Tuesday.",
      );
      assert.ok(triggerWordsOf(doc).includes("deployed"), triggerWordsOf(doc).join());
    });
  });
});
