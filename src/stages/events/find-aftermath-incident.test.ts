// Weapons seized in the aftermath of a fight, told beside it, are the fight's outcome, not a "Disrupted weapons
// use" record of their own (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-09-04");
const LEAD =
  "Suspected jihadists ambushed an army patrol near the town of Douentza in central Mali on Tuesday, killing eight soldiers.";

describe("events: a seizure in a fight's aftermath", () => {
  it("'its troops killed 15 assailants in the fighting and recovered rifles and motorbikes' joins the ambush", () => {
    const doc = run(
      `${LEAD} The army said its troops killed about 15 assailants in the fighting and recovered rifles and motorbikes.`,
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].subEventType.value, "Armed clash", showEvents(doc));
  });
  it("a seizure in the next sentence, with no day or place of its own, joins the ambush", () => {
    const doc = run(`${LEAD} Soldiers later seized weapons and ammunition left by the attackers, the army said.`);
    assert.ok(!doc.events.some((e) => e.subEventType.value === "Disrupted weapons use"), showEvents(doc));
  });

  describe("negative cases", () => {
    it("'Separately, police seized weapons in another town' stays a record of its own", () => {
      const doc = run(`${LEAD} Separately, police seized weapons and explosives in a house in Bamako on Monday.`);
      assert.ok(
        doc.events.some((e) => e.subEventType.value === "Disrupted weapons use"),
        showEvents(doc),
      );
    });
    it("a seizure two sentences after the fight, on another day, stays apart", () => {
      const doc = run(
        `${LEAD} The army did not say how many attackers died. On Sunday, troops recovered weapons from a cache near Mopti.`,
      );
      assert.ok(
        doc.events.some((e) => e.subEventType.value === "Disrupted weapons use"),
        showEvents(doc),
      );
    });
  });
});

describe("events: forces sent in an attack's aftermath", () => {
  const changes = (text: string) =>
    run(text).events.filter((e) => e.subEventType.value === "Change to group/activity").length;
  it("'troops were deployed to the area and were hunting the attackers' joins the ambush", () => {
    assert.equal(changes(`${LEAD} Troops had been deployed to the area and were hunting the attackers.`), 0);
  });
  it("'the attackers escaped before reinforcements arrived' joins the ambush", () => {
    assert.equal(changes(`${LEAD} The attackers escaped before reinforcements arrived.`), 0);
  });
  describe("negative cases", () => {
    it("a deployment told on another day, in another town, stays a record of its own", () => {
      const text = `${LEAD} The toll was not known. On Sunday, the army deployed troops to the town of Gao.`;
      assert.equal(changes(text), 1);
    });
  });
});
