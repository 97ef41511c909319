// "Its troops repelled an X attack on the city's defences, killing scores": the side that repelled the attack
// is its target, and "the city" is the town the report named before (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-03-13");
const LEAD =
  "A drone strike on a crowded market in El Fasher, the capital of North Darfur, killed 12 people on Tuesday.";
const CLAIM =
  "Sudan's army said on Wednesday its troops had repulsed an RSF assault on the town's eastern defences, killing dozens of rebels.";

describe("events: a repelled attack", () => {
  it("the side that repelled the attack is its actor 2, the attacker its actor 1", () => {
    const clash = recordsOf(`${LEAD} ${CLAIM}`).find((r) => r.event_type === "Battles");
    assert.equal(clash?.actor1, "Rapid Support Forces");
    assert.equal(clash?.actor2, "Military Forces of Sudan");
  });
  it("'the town's defences' is at the town the report named before, not the whole country", () => {
    const clash = recordsOf(`${LEAD} ${CLAIM}`).find((r) => r.event_type === "Battles");
    assert.equal(clash?.location, "El Fasher");
  });

  it("'the town's' points back to a town named earlier in its own sentence, not the one before it", () => {
    const records = recordsOf(
      `${LEAD} Separately, RSF fighters shelled an army base outside Kutum on Thursday and briefly seized the town's airport.`,
    );
    const seizure = records.find((r) => r.sub_event_type === "Non-state actor overtakes territory");
    assert.equal(seizure?.location, "Kutum");
  });

  describe("negative cases", () => {
    it("'the capital' is the country's capital, not the town named before", () => {
      const records = recordsOf(
        `${LEAD} On Wednesday, gunmen killed three traders near the capital's main bus station, police in Sudan said.`,
      );
      assert.ok(!records.some((r) => r.event_type !== "Explosions/Remote violence" && r.location === "El Fasher"));
    });
    it("an attack its target did not repel keeps the dead it names as its victims", () => {
      const records = recordsOf(
        `${LEAD} On Wednesday, RSF fighters attacked an army post in Kutum, killing four soldiers.`,
      );
      const attack = records.find((r) => r.location === "Kutum");
      assert.equal(attack?.actor2, "Military Forces of Sudan");
    });
  });
});
