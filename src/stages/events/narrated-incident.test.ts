// One incident, one record (issue 18): one attack told over several sentences ("the assault", a car
// bomb at its gate, "the blast", a toll "in the raid") is one record; a sentence that says it tells
// another incident, or puts the act in another town, stays its own. Invented reports, published on
// Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, textDateOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");

const wordsOf = (doc: Doc) =>
  doc.events.map((e) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end)).join("|"));
const ASSAULT = "Militants attacked an army base in Djibo in northern Burkina Faso on Sunday, the army said.";

describe("events: a moment of the incident just told joins it", () => {
  it("a car bomb at the base's gate right after the attack is part of it", () => {
    const doc = run(`${ASSAULT} A car bomb exploded at the main gate.`);
    assert.equal(doc.events.length, 1, wordsOf(doc).join(" / "));
    assert.match(wordsOf(doc)[0], /car bomb/);
  });

  it("a sentence that goes on about 'the assault' between them keeps the car bomb in the attack", () => {
    const doc = run(
      `${ASSAULT} The assault began at dawn when fighters surrounded the base. A car bomb exploded at the main gate.`,
    );
    assert.equal(doc.events.length, 1, wordsOf(doc).join(" / "));
  });

  it("'the blast destroyed several buildings' is the blast's damage, not a record of its own", () => {
    const doc = run(`${ASSAULT} A car bomb exploded at the main gate, and the blast destroyed several buildings.`);
    assert.equal(doc.events.length, 1, wordsOf(doc).join(" / "));
  });

  it("'the deadliest since March' does not date an undated incident", () => {
    const doc = run("A car bomb exploded at an army base in Djibo, the army said. It was the deadliest since March.");
    assert.ok(doc.events.length > 0);
    for (const event of doc.events) assert.equal(textDateOf(event), null);
  });

  it("'Al Shabaab said it carried out the bombing' names the suicide bombing just told", () => {
    const doc = run(
      'A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing 12 people. "He detonated it as soldiers searched cars," police officer Abdi Hassan said. Twelve people were killed, the ministry said. Al Shabaab said it carried out the bombing.',
    );
    assert.equal(doc.events.length, 1, wordsOf(doc).join(" / "));
  });

  describe("negative cases", () => {
    it("'Separately, a car bomb exploded ...' is another incident", () => {
      const doc = run(`${ASSAULT} Separately, a car bomb exploded at a checkpoint.`);
      assert.equal(doc.events.length, 2, wordsOf(doc).join(" / "));
    });

    it("a bomb the next sentence puts in another town is another incident", () => {
      const doc = run(`${ASSAULT} A car bomb exploded at a market in Dori.`);
      assert.equal(doc.events.length, 2, wordsOf(doc).join(" / "));
    });

    it("a bomb told three sentences later, after other news, is another incident", () => {
      const doc = run(
        `${ASSAULT} The government called an emergency meeting. Ministers met for hours. A car bomb exploded at the main gate.`,
      );
      assert.equal(doc.events.length, 2, wordsOf(doc).join(" / "));
    });
  });
});
