// Claims of responsibility name the perpetrator (ACLED codes a claimed attack to the claiming group):
// invented reports, published on Monday 2021-06-28, through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2021-06-28");

const words = (doc: Doc, field: { evidence: { start: number; end: number }[] } | null | undefined) =>
  field?.evidence.map((s) => doc.text.slice(s.start, s.end));

describe("events: a claim of responsibility names actor 1", () => {
  it("'X claimed responsibility for the attack' in the next sentence: X is actor 1, not the target", () => {
    const doc = run(
      "A bomb exploded at a bus station in Maiduguri on Sunday, killing four people. Boko Haram claimed responsibility for the attack in a video.",
    );
    assert.equal(doc.events.length, 1, "the claim is no incident of its own");
    const [event] = doc.events;
    assert.equal(event.actor1?.value.name, "Boko Haram");
    assert.deepEqual(words(doc, event.actor1), ["Boko Haram"]);
    assert.equal(event.actor2?.value.name, "Civilians (Nigeria)");
  });

  it("a group no list knows keeps the name the report gives it", () => {
    const doc = run(
      "A bomb exploded at a bus station in Lagos on Monday, killing three people. The Northern Liberation Front claimed responsibility for the bombing in a statement.",
    );
    assert.equal(doc.events[0]?.actor1?.value.name, "Northern Liberation Front");
  });

  it("'The Front, which claimed responsibility ..., said': the claimant replaces an unidentified armed group", () => {
    const doc = run(
      "Gunmen stormed a church in Kaduna on Sunday, killing three worshippers. The Southern Liberation Front, which claimed responsibility for the attack, said it targeted the pastor.",
    );
    assert.equal(doc.events[0]?.actor1?.value.name, "Southern Liberation Front");
  });

  it("'the Boko Haram group' and 'the jihadist group Boko Haram' claim as Boko Haram, not as a generic group", () => {
    for (const claimant of ["The Boko Haram group", "The jihadist group Boko Haram"]) {
      const doc = run(
        `A bomb exploded at a bus station in Maiduguri on Sunday, killing four people. ${claimant} claimed responsibility for the blast.`,
      );
      assert.equal(doc.events[0]?.actor1?.value.name, "Boko Haram", claimant);
    }
  });

  it("a part of a group claims as the group: 'the Islamic State's local affiliate', 'a branch of Islamic State'", () => {
    for (const claimant of ["The Islamic State's local affiliate", "A branch of Islamic State"]) {
      const doc = run(
        `A bomb exploded at a bus station in Maiduguri on Sunday, killing four people. ${claimant} claimed responsibility for the blast.`,
      );
      assert.equal(doc.events[0]?.actor1?.value.name, "Islamic State", claimant);
    }
  });

  describe("negative cases", () => {
    it("'No group has claimed responsibility' names no actor", () => {
      const doc = run(
        "A bomb exploded at a bus station in Maiduguri on Sunday, killing four people. No group has claimed responsibility for the attack.",
      );
      assert.equal(doc.events.length, 1);
      // Only the unidentified group a bombing implies, which no words state.
      assert.deepEqual(doc.events[0].actor1?.evidence ?? [], []);
    });

    it("a group that did not claim the attack is neither its attacker nor its target", () => {
      const doc = run(
        "Militants attacked a police post in Niger on Sunday. The Islamic State in the Greater Sahara did not claim responsibility for the attack.",
      );
      const [event] = doc.events;
      assert.match(String(event?.actor1?.value.name), /^Unidentified Armed Group/);
      assert.doesNotMatch(String(event?.actor2?.value.name), /Islamic State/);
    });
  });
});
