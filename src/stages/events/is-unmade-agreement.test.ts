// Agreements hoped for, suspended or only talked about are no Agreement events; agreements made are
// (is-unmade-agreement.ts). Invented reports through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const SHELLING =
  "KHARTOUM, Dec 7 (Reuters) - Paramilitary fighters shelled a town in North Darfur on Sunday, killing 12 civilians, residents said.";
const agreementsOf = (text: string) => {
  const doc = processDoc(text, "2026-12-07");
  return { doc, agreements: doc.events.filter((e) => e.subEventType.value === "Agreement") };
};

describe("events: an agreement not made is no Agreement event", () => {
  it('"chances of a ceasefire remain slim" and a suspended round of talks give none; the shelling stays', () => {
    const { doc, agreements } = agreementsOf(
      `${SHELLING} Chances of a ceasefire remain slim, analysts say. Last week the army suspended a planned round of peace talks with the rebels.`,
    );
    assert.equal(agreements.length, 0, showEvents(doc));
    assert.ok(
      doc.events.some((e) => e.subEventType.value === "Shelling/artillery/missile attack"),
      showEvents(doc),
    );
  });

  it('"neither side has yet agreed to" is denied, and faded hopes of a truce deal are none', () => {
    const { doc, agreements } = agreementsOf(
      `${SHELLING} Neither side has yet agreed to attend the talks. Hopes for a truce deal faded after the attack.`,
    );
    assert.equal(agreements.length, 0, showEvents(doc));
  });

  it("a ceasefire that took effect, a truce brokered by a mediator and a deal reached are events", () => {
    for (const sentence of [
      "A ceasefire between the army and the rebels took effect at dawn on Wednesday, officials said.",
      "A truce brokered by Qatar between the army and the rebels began on Monday, a spokesman said.",
      "The rebels and the government reached a deal on Sunday to release 800 prisoners, the envoy said.",
    ]) {
      const { doc, agreements } = agreementsOf(`DOHA, Dec 7 (AFP) - ${sentence}`);
      assert.equal(agreements.length, 1, `${sentence}: ${showEvents(doc)}`);
    }
  });
});
