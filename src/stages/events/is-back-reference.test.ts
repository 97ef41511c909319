// One incident, one record (issue 18): a claim of responsibility and a further act of the same attackers
// point back at the incident the report told; neither is an incident of its own. Invented reports,
// published on Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");

const triggersOf = triggerWordsOf;

const BOMBING =
  "A roadside bomb exploded near a police vehicle in Kandahar, Afghanistan on Monday, killing three officers.";
const RAID = "Gunmen attacked the village of Kafur in Katsina state, Nigeria on Saturday, killing nine people.";

describe("events: a claimed incident is the one already told", () => {
  it("a negated claim of the attack adds no record", () => {
    const doc = run(`${BOMBING} No group claimed the attack on the police patrol.`);
    assert.deepEqual(triggersOf(doc), ["roadside bomb"]);
    assert.equal(doc.events[0].fatalities.value.best, 3);
  });

  it("'nobody has claimed to have carried out the shooting' adds no record", () => {
    const doc = run(`${RAID} No armed group has claimed to have carried out the shooting of the villagers.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it("negative case: an attack told after an unrelated claim sentence is still its own incident", () => {
    const doc = run(
      `${BOMBING} No group claimed the attack. On Sunday, militants attacked an army post in Kunduz, killing two soldiers.`,
    );
    assert.deepEqual(
      doc.events.map((e) => e.place?.value.location),
      ["Kandahār", "Kunduz"],
    );
  });
});

describe("events: a further act of the attackers joins their attack", () => {
  it("'the attackers also set fire to houses' is part of the raid", () => {
    const doc = run(`${RAID} The attackers also set fire to houses and shops.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
    assert.ok(doc.events[0].eventType.evidence.some((s) => doc.text.slice(s.start, s.end) === "set fire to"));
  });

  it("a second verb that shares their subject ('also stole cattle and looted shops') joins it too", () => {
    const doc = run(`${RAID} The attackers also stole cattle and looted shops before fleeing.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
    assert.ok(doc.events[0].eventType.evidence.some((s) => doc.text.slice(s.start, s.end) === "looted"));
  });

  it("a place the attackers fled toward is no setting of its own: the arson still joins the raid", () => {
    const doc = run(`${RAID} The attackers also set fire to houses before fleeing toward the border with Niger.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it("negative case: a second verb with a subject of its own ('and herders looted shops') stays its own", () => {
    const doc = run(`${RAID} The attackers stole cattle, and herders looted shops.`);
    assert.equal(doc.events.length, 2, triggersOf(doc).join());
  });

  it("negative case: the attackers' act at another time ('later') stays its own record", () => {
    const doc = run(`${RAID} The attackers later set fire to a police station.`);
    assert.equal(doc.events.length, 2, triggersOf(doc).join());
  });

  it("negative case: arson at another place and day stays its own record", () => {
    const doc = run(`${RAID} On Sunday, the attackers set fire to houses in Dutsin-Ma.`);
    assert.equal(doc.events.length, 2, triggersOf(doc).join());
  });

  it("negative case: arson the sentence puts in another town stays its own record", () => {
    const doc = run(`${RAID} The attackers also set fire to houses in Dutsin-Ma.`);
    assert.equal(doc.events.length, 2, triggersOf(doc).join());
  });
});
