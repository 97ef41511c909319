// "The residents also say the militants seized weapons on military vehicles" parsed with "militants" the object
// of "say", "weapons" its conjunct and "seized" an adjective: the clause the parse lost is still read, so the
// seizure is a further act of the attackers, not a record of its own (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-10-11");
const LEAD = "Gunmen attacked an army base near Bardera on Friday, killing ten soldiers.";

describe("events: a further act in a clause the parser read as a noun phrase", () => {
  it("'the residents also say the militants seized weapons on military vehicles' joins the attack", () => {
    const doc = run(`${LEAD} The residents also say the militants seized weapons on military vehicles.`);
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].subEventType.value, "Armed clash", showEvents(doc));
  });

  describe("negative cases", () => {
    it("a seizure by other people on another day stays a record of its own", () => {
      const doc = run(`${LEAD} On Sunday, soldiers seized weapons in a raid on a house in Kismayo.`);
      assert.ok(doc.events.length >= 2, showEvents(doc));
    });
  });
});
