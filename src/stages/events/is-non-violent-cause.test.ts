// Deaths by illness, accident, hazard or animal are no events; a killing by people, a weapon or a force
// still is. Invented sentences through the real pipeline (processText).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2021-06-28");

const triggersOf = (text: string): string[] => triggerWordsOf(run(text));

describe("events: a non-violent cause of death", () => {
  it("an outbreak of disease that killed people is no attack", () => {
    assert.deepEqual(triggersOf("An outbreak of typhoid has killed nine people in the northern town of Kano."), []);
  });

  it("a vehicle that fell and killed passengers is no attack", () => {
    assert.deepEqual(triggersOf("A lorry plunged off a bridge into the river on Monday, killing 14 passengers."), []);
  });

  it("a storm in the when-clause of a passive killing is no attack", () => {
    assert.deepEqual(triggersOf("Six people were killed on Friday when a cyclone hit the coastal villages."), []);
  });

  it("a when-clause the parse hangs on the conjunct of the killing still names its cause", () => {
    const text = "Ten people were killed and 30 injured on Monday when a lorry overturned on the highway, police said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a when-clause the parse hangs on the reporting verb still names its cause", () => {
    const text =
      "At least 16 people were killed on Sunday when a minibus fell from a mountain road into a ravine in the Pakistan-ruled district, police said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a cause the tagger reads as a verb (lightning) still names it", () => {
    const text = "Eleven people were killed on Tuesday when lightning struck a crowd at a market in Kano, police said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a storm, first a weather phenomenon though also an assault, that destroyed houses is no destruction", () => {
    const text = "The storm destroyed dozens of houses in the coastal town of Beira on Friday, officials said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a verb the parse reads as a modifier of its object still has the noun before it as its cause", () => {
    const text = "Heavy floods destroyed hundreds of homes in the valley town of Dano on Friday, officials said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("people or a force that destroyed homes stay a destruction", () => {
    for (const subject of ["The army", "Angry youths"]) {
      const text = `${subject} destroyed homes in the valley town of Dano on Friday, officials said.`;
      assert.ok(triggersOf(text).length > 0, subject);
    }
  });

  it("people in the when-clause of a passive killing stay an event", () => {
    const text = "Ten people were killed and 30 injured on Monday when gunmen opened fire on the highway, police said.";
    assert.ok(triggersOf(text).length > 0);
  });

  it("a fire that wreckage of a downed missile set is no arson, though the sentence names a weapon", () => {
    const text =
      "Wreckage of a downed missile set fire to a depot in the port city of Mykolaiv overnight, officials said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("villagers who set fire to houses stay an arson", () => {
    const text = "Armed herders set fire to houses in the village of Bama on Sunday, residents said.";
    assert.ok(triggersOf(text).length > 0);
  });

  it("a rampaging animal is no riot: the participle's noun is what did it", () => {
    const text = "A rampaging buffalo gored a farmer in his field near the town of Kasese, police said on Monday.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("rampaging youths stay a riot", () => {
    const text = "Rampaging youths smashed shop windows in the town of Kasese on Monday, police said.";
    assert.ok(triggersOf(text).length > 0);
  });

  it("people who killed stay an event", () => {
    assert.ok(triggersOf("Gunmen killed nine villagers in the northern town of Kano on Sunday.").length > 0);
  });

  it("a killing whose sentence names a weapon stays an event", () => {
    assert.ok(triggersOf("A minibus hit a roadside bomb near Kandahar, killing 14 passengers.").length > 0);
  });

  it("an owned machine is a force: jets of a country stay an event", () => {
    assert.ok(triggersOf("Syrian jets killed 12 civilians in the town of Ariha on Monday.").length > 0);
  });
});
