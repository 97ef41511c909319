// The trigger matches are found once a document and shared by the trigger finder and the incident-name
// finder (cite-incident-mentions.ts): what they share must be what each would have found alone.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc } from "../../doc.js";
import { loadEventLexicons } from "./event-lexicons.js";
import { findTriggerMatches } from "./find-triggers.js";
import { rememberLastMatches } from "./remember-triggers.js";

const lexicons = loadEventLexicons();
const doc = (text: string) => createDoc("t", text, { origin: "test", published: "2024-03-11" });
const BOMBING = "A car bomb exploded outside a police station on Sunday. No group claimed the blast.";
const CLASH = "Troops clashed with rebels near the border, and an airstrike hit a depot.";

describe("events: remembered trigger matches", () => {
  it("are the matches findTriggerMatches finds, in its order", () => {
    const remembered = rememberLastMatches()(doc(BOMBING), lexicons);
    assert.ok(remembered.length > 0);
    assert.deepEqual(remembered, findTriggerMatches(BOMBING, lexicons.triggers));
  });

  it("are found once for the same text and again for another", () => {
    const findMatches = rememberLastMatches();
    const first = findMatches(doc(BOMBING), lexicons);
    assert.equal(findMatches(doc(BOMBING), lexicons), first);
    const other = findMatches(doc(CLASH), lexicons);
    assert.notEqual(other, first);
    assert.deepEqual(other, findTriggerMatches(CLASH, lexicons.triggers));
  });
});
