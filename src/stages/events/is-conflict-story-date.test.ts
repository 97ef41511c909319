// An incident told with no date of its own does not borrow the date of a background sentence about the
// conflict it belongs to. Invented reports, published Tuesday 2026-01-20.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents, textDateOf } from "../../testing/process-doc.js";

const ATTACK = "Militants attacked an army post near Douentza, killing five soldiers, officials said.";
const attackAnd = (next: string) => processDoc(`${ATTACK}\n\n${next}\n`, "2026-01-20");

describe("events: a conflict's own dates date no incident told before", () => {
  it("'The insurgency began in 2012' (a sentence with no event, unparsed) gives the attack no date", () => {
    const doc = attackAnd("The insurgency began in 2012 and has spread across the Sahel.");
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(textDateOf(doc.events[0]), null, showEvents(doc));
  });
  it("'The war began in April 2023 and has killed thousands' (parsed) gives it no date either", () => {
    const doc = attackAnd("The war began in April 2023 and has killed thousands.");
    assert.equal(textDateOf(doc.events[0]), null, showEvents(doc));
  });
  describe("negative cases", () => {
    it("'The attack took place on Sunday afternoon' dates the attack", () => {
      const doc = attackAnd("The attack took place on Sunday afternoon.");
      assert.equal(doc.events[0].date?.value.start, "2026-01-18", showEvents(doc));
    });
  });
});
