// One person who "rallies" comes back from behind; a crowd that rallies demonstrates. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-04-15");

const GOLF = [
  "Tiger Woods rallied with three birdies on the back nine to finish two shots behind the leader on Sunday.",
  "He said his putting had improved.",
  "The tournament ends on Monday.",
  "The crowd cheered every putt.",
].join(" ");

describe("events: a person who rallies makes no demonstration", () => {
  it("a golfer who rallied with birdies is no protest", () => {
    assert.deepEqual(triggerWordsOf(run(GOLF)), []);
  });

  it("'she rallied after losing the first set' is no protest", () => {
    const doc = run("She rallied after losing the first set and won the final in three sets on Saturday.");
    assert.deepEqual(triggerWordsOf(doc), []);
  });

  describe("negative cases", () => {
    it("supporters who rallied in a city are a protest", () => {
      const doc = run("Thousands of opposition supporters rallied in Kampala on Monday against fuel prices.");
      assert.ok(triggerWordsOf(doc).includes("rallied"), triggerWordsOf(doc).join());
    });

    it("a named armed group that rallied is a group", () => {
      const doc = run("Hezbollah rallied in Beirut on Friday against the air strikes.");
      assert.ok(triggerWordsOf(doc).includes("rallied"), triggerWordsOf(doc).join());
    });
  });
});
