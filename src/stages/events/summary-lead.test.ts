// A lead that sums up N attacks and the N sentences that then tell them one by one (issue 18, "one
// incident, one record" and "numbers attached to the right thing"), on invented reports published
// Wednesday 2024-03-13: N records, each dated by the lead's "Monday", each with its own toll, its attacker
// the lead's when it names none, and civilians (not the state's forces) the ones attacked.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (name: string): Doc =>
  processDoc(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"), "2024-03-13");

const wordsOf = (doc: Doc, e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
const describe_ = (doc: Doc) =>
  doc.events
    .map(
      (e) => `${e.subEventType.value} ${e.date?.value.start} ${e.fatalities.value.best}: ${wordsOf(doc, e).join("|")}`,
    )
    .join(" / ");
const attacksOf = (doc: Doc) => doc.events.filter((e) => e.disorderType === "Political violence");

describe("events: a lead summing up attacks the body tells one by one", () => {
  it("'killed 13 in attacks on two villages' and two told attacks give two records, tolls 8 and 5", () => {
    const doc = run("summary-lead-two-raids.txt");
    const attacks = attacksOf(doc);
    assert.equal(attacks.length, 2, describe_(doc));
    assert.deepEqual(
      attacks.map((e) => e.fatalities.value.best),
      [8, 5],
      describe_(doc),
    );
    assert.ok(
      attacks.every((e) => e.fatalities.value.high !== 13),
      "the lead's total is no one attack's toll",
    );
    const kelbo = attacks.find((e) => wordsOf(doc, e).includes("attacked"));
    assert.ok(kelbo && !wordsOf(doc, kelbo).includes("opened fire"), describe_(doc));
  });

  it("a detail with no day of its own takes the lead's day", () => {
    const doc = run("summary-lead-two-raids.txt");
    assert.deepEqual(
      attacksOf(doc).map((e) => e.date?.value.start),
      ["2024-03-11", "2024-03-11"],
      describe_(doc),
    );
  });

  it("each attack's actors: the unidentified attackers on civilians, never the country's forces", () => {
    const doc = run("summary-lead-two-raids.txt");
    for (const e of attacksOf(doc)) {
      assert.match(e.actor1?.value.name ?? "", /^Unidentified Armed Group/, describe_(doc));
      assert.match(e.actor2?.value.name ?? "", /^Civilians/, describe_(doc));
    }
    const kelbo = attacksOf(doc).find((e) => wordsOf(doc, e).includes("attacked"))!;
    const herders = kelbo.actor2?.evidence.map((s) => doc.text.slice(s.start, s.end));
    assert.deepEqual(herders, ["five herders"]);
  });

  it("three attacks summed up, told in three towns, one by its arson: three records on the lead's day", () => {
    const doc = run("summary-lead-three-towns.txt");
    // The arson is looting, a strategic development: every record counts here.
    const attacks = doc.events;
    assert.equal(attacks.length, 3, describe_(doc));
    assert.deepEqual(
      attacks.map((e) => e.fatalities.value.best),
      [8, 5, 4],
      describe_(doc),
    );
    assert.ok(
      attacks.every((e) => e.date?.value.start === "2024-03-11"),
      describe_(doc),
    );
    const third = attacks.find((e) => wordsOf(doc, e).includes("attacked"));
    assert.ok(third?.actor1, "the third attack takes the lead's attacker");
  });

  it("a lead told only in its summary sentence, the attacks each of another kind: three records, no fourth", () => {
    const doc = run("summary-lead-three-states.txt");
    const attacks = attacksOf(doc);
    assert.deepEqual(
      attacks.map((e) => e.fatalities.value.best),
      [7, 6, 4],
      describe_(doc),
    );
    assert.ok(
      attacks.every((e) => e.date?.value.start === "2024-03-11"),
      describe_(doc),
    );
    const bomb = attacks.find((e) => wordsOf(doc, e).includes("roadside bomb"));
    assert.equal(bomb?.subEventType.value, "Remote explosive/landmine/IED", "the told attack's kind, not the lead's");
  });

  describe("negative cases", () => {
    it("a lead and one detail sentence of the same attack stay one record", () => {
      const doc = run("lead-and-one-detail.txt");
      const attacks = attacksOf(doc);
      assert.equal(attacks.length, 1, describe_(doc));
      assert.ok(wordsOf(doc, attacks[0]).includes("opened fire"), describe_(doc));
      assert.equal(attacks[0].fatalities.value.best, 6);
    });

    it("a lead counting two attacks that the body tells only one of is left whole", () => {
      const doc = run("summary-lead-one-detail.txt");
      const attacks = attacksOf(doc);
      assert.equal(attacks.length, 1, describe_(doc));
      assert.ok(wordsOf(doc, attacks[0]).includes("killed 11 civilians"), describe_(doc));
    });
  });
});
