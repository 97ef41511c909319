// A round-up of several countries: an event with no stated place whose sentence names one country ("In Chad,
// rebels ... an errant French air strike on rebel trucks") describes that country's actors, not the report's
// (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const SUDAN_LEAD =
  "Clashes spread across Sudan on Friday. Sudanese troops fought rebels near Khartoum and in Darfur, where at least 20 people were killed.";

const strikeTarget = (text: string) => {
  const doc = processDoc(text, "2024-04-13");
  const strike = doc.events.find((e) => e.subEventType.value === "Air/drone strike");
  assert.ok(strike, showEvents(doc));
  return strike.actor2?.value.name;
};

describe("events: the one country of an unplaced event's sentence owns its described actors", () => {
  it("'In Chad, rebels regrouped ... after an errant French air strike on rebel trucks': Chad's armed group", () => {
    const text = `${SUDAN_LEAD} In Chad, rebels regrouped outside a border town in the wake of an errant French air strike on rebel trucks.`;
    assert.equal(strikeTarget(text), "Unidentified Armed Group (Chad)");
  });

  describe("negative cases", () => {
    it("a demonym alone names no country: 'an errant French air strike hit rebel trucks' stays the report's", () => {
      const text = `${SUDAN_LEAD} Separately, an errant French air strike hit rebel trucks on Saturday.`;
      assert.equal(strikeTarget(text), "Unidentified Armed Group (Sudan)");
    });
  });
});
