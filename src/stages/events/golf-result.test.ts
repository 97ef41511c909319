// A golf report states its results as strokes to par beside the round's total ("a six-under-par 65"): a
// match result (lexicon/events/match-result-cues.txt), so its "rallied" and "shot" are the game's, not a
// protest's or an attack's (is-off-register.ts). Invented reports through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";
import { statesMatchResult } from "./is-off-register.js";

const GOLF = [
  "Anna Berg of Norway fired a six-under-par 65 on Friday to take a two-shot lead at the Lakeside Classic.",
  "Berg, who is chasing her first tour title, moved to 12-under 201 for the week.",
  "Maria Costa carded a three-under 68 and was two strokes back.",
  "After dropping shots at the fourth and fifth holes, she rallied with birdies on the last three greens.",
  "Costa said her putting had been the best of the season.",
  "The final round starts on Sunday morning.",
].join(" ");

describe("events: a golf report's results mark its register", () => {
  it("'a six-under-par 65' and 'a three-under 68' are match results", () => {
    assert.ok(statesMatchResult(processDoc(GOLF, "2022-07-15")));
  });

  it("its 'rallied with birdies' is no protest", () => {
    const doc = processDoc(GOLF, "2022-07-15");
    assert.equal(doc.events.length, 0, showEvents(doc));
  });

  it("negative case: 'over 200 people rallied' in a protest report is no golf score, and the rally stays", () => {
    const doc = processDoc(
      "Over 200 teachers rallied outside the education ministry in Accra on Friday over unpaid wages. Police said two over 50 were briefly detained.",
      "2022-07-15",
    );
    assert.ok(!statesMatchResult(doc));
    assert.ok(doc.events.length >= 1, showEvents(doc));
  });
});
