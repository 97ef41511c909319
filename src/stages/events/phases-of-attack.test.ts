// Phases of one attack (issue 18, "one incident, one record"), on invented reports: "the raid opened with
// mortar fire and was followed by an ambush", "Friday's attack started with a suicide bombing". The phases
// join the attack's record; acts that are not told as its phases stay records of their own.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const wordsOf = (doc: Doc, e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
const recordsWith = (doc: Doc, word: string) => doc.events.filter((e) => wordsOf(doc, e).includes(word));

describe("events: the phases of one attack make one record", () => {
  it("'opened with mortar fire and was followed by an ambush': one record holding both", () => {
    const doc = processDoc(
      "The raid on the police station opened with mortar fire and was followed by an ambush on the reinforcements, officials said on Monday.",
      "2024-05-10",
    );
    const [withFire] = recordsWith(doc, "mortar fire");
    assert.ok(withFire, showEvents(doc));
    assert.ok(wordsOf(doc, withFire).includes("ambush"), showEvents(doc));
  });

  it("a retold attack that 'started with a suicide bombing' joins the lead's record", () => {
    const doc = processDoc(
      [
        "Militants attacked a military base on Friday in northern Mali, killing at least ten soldiers.",
        "Friday's dawn attack started with a suicide bombing and was followed by a firefight with troops stationed at the base.",
      ].join(" "),
      "2024-05-11",
    );
    const [lead] = recordsWith(doc, "attacked");
    assert.ok(lead, showEvents(doc));
    assert.ok(wordsOf(doc, lead).includes("suicide bombing"), showEvents(doc));
    assert.equal(doc.events.length, 1, showEvents(doc));
  });

  it("the attack's place ('the attack in the town of X in Y region began with') is its phases' place", () => {
    const doc = processDoc(
      [
        "Militants attacked a military base on Friday in northern Mali, killing at least ten soldiers.",
        "Friday's dawn attack in the town of Tessit in Gao region started with a suicide bombing and was followed by a firefight with troops stationed at the base.",
      ].join(" "),
      "2024-05-11",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].place?.value.location, "Tessit", showEvents(doc));
  });

  it("the whole's actors win over a dated phase's: 'a gun battle between soldiers and the rebels on Wednesday'", () => {
    const doc = processDoc(
      [
        "Rebels attacked a police post near Kadugli, killing four officers, officials said.",
        "The attack began with a gun battle between Sudanese soldiers and the rebels on Wednesday evening and was followed by shelling, the governor said.",
      ].join(" "),
      "2024-05-10",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    const [record] = doc.events;
    assert.equal(doc.text.slice(record.trigger.start, record.trigger.end), "attacked", showEvents(doc));
    const actor1 = record.actor1?.evidence.map((s) => doc.text.slice(s.start, s.end));
    assert.deepEqual(actor1, ["Rebels"], showEvents(doc));
  });

  it("negative case: a bombing told after an attack without a phase verb stays its own record", () => {
    const doc = processDoc(
      [
        "Militants attacked a military base on Friday in northern Mali, killing at least ten soldiers.",
        "On Sunday a suicide bombing at a market in Gao killed four civilians.",
      ].join(" "),
      "2024-05-11",
    );
    assert.equal(doc.events.length, 2, showEvents(doc));
  });
});
