// What a protest is about is its cause, not an incident of the report, and its dead are not the protest's
// (is-protest-grievance.ts, discount-grievance.ts `withholdGrievances`). Invented sentences, published on
// Wednesday 2024-05-15, through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-05-15");
const types = (doc: Doc) => doc.events.map((e) => e.subEventType.value);

describe("events: a protest's grievance", () => {
  it("'protested against the arrest of an activist': one peaceful protest, no arrest dated to it", () => {
    const doc = run("Hundreds of people protested in Kano on Friday against the arrest of a union leader by police.");
    assert.deepEqual(types(doc), ["Peaceful protest"], showEvents(doc));
  });

  it("'protested against the killing of a student': no attack on the protest's day, and no protest dead", () => {
    const doc = run("Hundreds of people protested in Kano on Friday against the killing of a student by soldiers.");
    assert.deepEqual(types(doc), ["Peaceful protest"], showEvents(doc));
    assert.equal(doc.events[0].fatalities?.value.known, false, showEvents(doc));
  });

  it("'marched to denounce the killing of a classmate': the grievance's dead are not the march's", () => {
    const doc = run("Students marched in Kano on Friday to denounce the killing of a classmate by police.");
    const march = doc.events.find((e) => e.subEventType.value === "Peaceful protest");
    assert.ok(march, showEvents(doc));
    assert.equal(march.fatalities?.value.known, false, showEvents(doc));
  });

  it("police fire on a crowd protesting a killing: the count is the crowd's two dead, not three", () => {
    const doc = run(
      "Police shot dead two people on Friday when they fired on a crowd protesting against the killing of a student in Kano.",
    );
    assert.ok(doc.events.length > 0, showEvents(doc));
    for (const event of doc.events) {
      assert.equal(event.fatalities?.value.best, 2, showEvents(doc));
      assert.equal(event.fatalities?.value.high, 2, showEvents(doc));
    }
  });

  describe("negative cases", () => {
    it("an arrest told beside the protest, not inside what it is about, is the protest's intervention", () => {
      const doc = run("Hundreds of people protested in Kano on Friday. Police arrested 12 of them.");
      assert.deepEqual(types(doc), ["Protest with intervention"], showEvents(doc));
    });

    it("a killing that sets off a protest in its own clause stays an event", () => {
      const doc = run("Soldiers shot dead a student in Kano on Friday, and hundreds of people protested on Saturday.");
      assert.ok(types(doc).includes("Attack"), showEvents(doc));
    });
  });
});
