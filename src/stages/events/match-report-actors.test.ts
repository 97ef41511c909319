// In a match report a name the actor lexicon knows is often a team's or a league's ("Triple-A", the minor league
// that shares an armed group's name): there
// only a weapon or a casualty count is conflict evidence (is-off-register.ts), so the game's "rallied" and
// "took over" make no records. Invented reports through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";
import { hasConflictEvidence, statesMatchResult } from "./is-off-register.js";
import { EVENTS_SETTINGS } from "./settings.js";

const MATCH = [
  "The Falcons rallied past the Hawks 6-5 on Saturday and took over first place in the division.",
  "The Falcons trailed 5-3 in the eighth before their shortstop found his range.",
  "A rookie called up from Triple-A last week hit the winning double.",
  "The coach said his players had shown great character.",
  "The two sides meet again in the final next month.",
  "Tickets for that game went on sale on Monday.",
].join(" ");

describe("events: a match report's actor names are no conflict evidence", () => {
  it("a match report naming 'Triple-A' shows no conflict evidence and makes no records", () => {
    const doc = processDoc(MATCH, "2021-10-04");
    assert.ok(statesMatchResult(doc));
    // Outside a match report the same names would count: the lexicon does know them.
    assert.ok(hasConflictEvidence(doc, EVENTS_SETTINGS, false));
    assert.ok(!hasConflictEvidence(doc, EVENTS_SETTINGS, true));
    assert.equal(doc.events.length, 0, showEvents(doc));
  });

  it("negative case: a casualty count is still evidence in a match report", () => {
    const doc = processDoc(
      `${MATCH} Two fans were killed when police fired on the crowd after the game.`,
      "2021-10-04",
    );
    assert.ok(hasConflictEvidence(doc, EVENTS_SETTINGS, true));
  });
});
