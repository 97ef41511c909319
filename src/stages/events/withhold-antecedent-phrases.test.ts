// A death told in an "after" phrase is what the incident followed, not its toll; a phrase that tells the
// incident itself keeps its count. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-03-13");

describe("events: an antecedent phrase's deaths are not the incident's toll", () => {
  it("a riot after a death in police custody counts no fatality", () => {
    const doc = run(
      "Hundreds of young men rioted in the northern town of Kitwe on Tuesday after a local trader died in police custody, witnesses said.",
    );
    const riot = doc.events.find((e) => e.subEventType.value === "Violent demonstration");
    assert.ok(riot, showEvents(doc));
    assert.notEqual(riot.fatalities.value.best, 1, showEvents(doc));
  });

  describe("negative cases", () => {
    it("deaths before an 'after' phrase that tells the attack stay the attack's", () => {
      const doc = run("Five villagers were killed after gunmen attacked the village of Kabwe on Tuesday, police said.");
      assert.ok(
        doc.events.some((e) => e.fatalities.value.best === 5),
        showEvents(doc),
      );
    });
  });
});
