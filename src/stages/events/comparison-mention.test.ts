// An earlier incident named only as the yardstick of a superlative ("the deadliest attack since a bombing
// in May") is no incident of the report (is-comparison-mention.ts); the incident compared still is.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-12");

describe("events: an incident named as a comparison's yardstick", () => {
  it("'the deadliest attack since a bombing in May' makes no record of the May bombing", () => {
    const doc = run(
      "Gunmen attacked a bus station in Kaduna on Sunday, killing 14 people. It was the deadliest attack in the state since a bombing in May.",
    );
    assert.ok(!triggerWordsOf(doc).includes("bombing"), showEvents(doc));
    assert.ok(triggerWordsOf(doc).includes("attacked"), showEvents(doc));
  });

  it("a relative clause of the yardstick tells the yardstick: 'since a bombing in May that killed 30'", () => {
    const doc = run(
      "Gunmen attacked a bus station in Kaduna on Sunday, killing 14 people. It was the deadliest attack in the state since a bombing at a market in May that killed more than 30 traders.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].fatalities?.value.best, 14);
  });

  it("the superlative on the verb's object still marks the yardstick: 'making it the worst ... since'", () => {
    const doc = run(
      "Two car bombs killed 19 people at a market in Maiduguri on Saturday, officials said, making it the worst attack on the city since a shelling of the airport in March.",
    );
    assert.ok(!triggerWordsOf(doc).includes("shelling"), showEvents(doc));
    assert.ok(doc.events.length >= 1, showEvents(doc));
  });

  it("a superlative the tagger calls a noun: 'It was the deadliest in the region since an attack ... in March'", () => {
    const doc = run(
      "A car bomb killed nine people at a bus station in Kaduna on Sunday. It was the deadliest in the region since an attack on a clinic in March.",
    );
    assert.deepEqual(triggerWordsOf(doc), ["car bomb"], showEvents(doc));
  });

  it("an apposition '..., the deadliest in the state since a bombing ...' keeps the incident it compares", () => {
    const doc = run(
      "Gunmen killed twelve villagers in a raid on Kauru on Sunday, the deadliest in the state since a bombing at a market in Zaria in March, officials said.",
    );
    assert.ok(!triggerWordsOf(doc).includes("bombing"), showEvents(doc));
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].date?.value.start, "2024-08-11", showEvents(doc));
  });

  it("an '-er' noun is no comparative: 'the commander in the district since an ambush in May' is read", () => {
    const doc = run(
      "Colonel Ade Bello has been the commander in the district since an ambush in May killed his predecessor and four soldiers.",
    );
    assert.ok(
      triggerWordsOf(doc).some((w) => w.includes("ambush")),
      showEvents(doc),
    );
  });

  it("a clause of time after 'since' is no yardstick: 'since militants attacked' is still read", () => {
    const doc = run(
      "Thousands of people have fled Damasak since militants attacked the town on Friday, killing six soldiers.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].date?.value.start, "2024-08-09");
  });
});
