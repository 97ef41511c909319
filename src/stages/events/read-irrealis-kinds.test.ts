// A kind of event ("every protest", "any march") and striving ("fighting to overthrow", "battling to reach")
// are not incidents; one clash or one protest still is. Invented sentences through processText.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2025-06-12"));

describe("events: kinds of events and striving", () => {
  it("every protest of a generalisation is no event", () => {
    assert.deepEqual(triggersOf("The minister said every protest in the capital is a threat to order."), []);
  });

  // Six sentences or more with no weapon, casualty or armed actor: a report with no conflict in it
  // (is-off-register.ts), where striving is read as an effort.
  it("in a report with no conflict, a combat verb with a to-infinitive complement is an effort", () => {
    const report = [
      "Heavy rain fell across the hill districts for a third day on Monday.",
      "Rescue crews were battling to reach the flooded villages.",
      "Roads to the valley were closed and the river rose by two metres.",
      "The weather office expects more rain on Tuesday.",
      "Schools in the district will stay shut until Friday.",
      "Volunteers handed out food and water at the bus station.",
    ].join(" ");
    assert.deepEqual(triggersOf(report), []);
  });

  it("a perfect of an event noun with an adjective of frequency is a habit, not an incident", () => {
    assert.deepEqual(triggersOf("The rebel movement has carried out frequent bombings in the eastern hills."), []);
    assert.deepEqual(triggersOf("Bandits have staged regular raids on cattle herders in the valley."), []);
    // The noun as the agent phrase of a passive perfect, with "repeated".
    assert.deepEqual(
      triggersOf("The northern province has been hit by repeated clashes between herders and farmers."),
      [],
    );
  });

  it("a perfect of a verb of rate over an event noun is a trend: 'have stepped up attacks since'", () => {
    assert.deepEqual(triggersOf("Rebels have stepped up attacks on army posts in the east since the truce ended."), []);
    assert.deepEqual(triggersOf("The militia has intensified its raids on herders' camps this season."), []);
  });

  it("one bombing on a day, or a day's constant or repeated shelling, stays an event", () => {
    const bombing = triggersOf("A bombing at a bus station in the eastern hills killed four people on Monday.");
    assert.ok(bombing.length > 0, bombing.join());
    const shelling = triggersOf("The village came under constant shelling by the army on Tuesday.");
    assert.ok(shelling.length > 0, shelling.join());
    const repeated = triggersOf("The town came under repeated shelling on Tuesday, killing three people.");
    assert.ok(repeated.length > 0, repeated.join());
    const stepped = triggersOf("The army stepped up attacks on rebel positions on Monday, killing 12 fighters.");
    assert.ok(stepped.length > 0, stepped.join());
  });

  it("a clash of two named forces stays an event", () => {
    const found = triggersOf("Soldiers battled rebels near the town of Beni on Monday.");
    assert.ok(found.length > 0, found.join());
  });
});
