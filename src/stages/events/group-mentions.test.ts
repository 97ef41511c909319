// One incident, one record (issue 18): a sentence that only gives a toll, often behind a speech tag
// ("..., the ministry said"), gives the toll of the incident told just before it, and of no other.
// Invented reports, published on Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");

const RAID = "Gunmen attacked a village in Zamfara state, Nigeria on Friday.";
const tollsOf = (doc: Doc) => doc.events.map((e) => e.fatalities.value.best);

describe("events: a toll behind a speech tag belongs to the incident before it", () => {
  it("'At least 23 people died, the ministry said.' gives the raid its dead", () => {
    const doc = run(`${RAID} At least 23 people died, the ministry said.`);
    assert.deepEqual(tollsOf(doc), [23]);
    assert.equal(doc.events[0].fatalities.evidence[0].start, doc.text.indexOf("At least 23"));
  });

  it("a quoted toll and its injured join the raid too", () => {
    const doc = run(`${RAID} "At least 23 people died and 15 were injured," the ministry said in a statement.`);
    assert.deepEqual(tollsOf(doc), [23]);
  });

  it("'Twelve people were killed in the attack, police said.' is the bombing's toll, not a new record", () => {
    const doc = run(
      "A suicide bomber blew himself up at a market in Maiduguri, Nigeria on Tuesday. Twelve people were killed in the attack, police said.",
    );
    assert.deepEqual(tollsOf(doc), [12]);
    assert.equal(doc.events[0].subEventType.value, "Suicide bomb");
  });

  it("a toll in a clause about the incident's own place is its toll: 'the market in Gusau, where six died'", () => {
    const doc = run(
      "Gunmen attacked a cattle market in Gusau, Nigeria on Friday. Smoke rose over the market in Gusau, where six people were killed.",
    );
    assert.deepEqual(tollsOf(doc), [6]);
  });

  describe("negative cases", () => {
    it("a toll with a day of its own is another event's, not the raid's", () => {
      const doc = run(`${RAID} Last year, 40 people died in the district, the ministry said.`);
      assert.deepEqual(tollsOf(doc), [null]);
    });

    it("people killed in an attack with its own town and day are another incident", () => {
      const doc = run(
        "A suicide bomber blew himself up at a market in Maiduguri, Nigeria on Tuesday. On Wednesday, five people were killed in an attack in Bama.",
      );
      assert.equal(doc.events.length, 2);
    });

    it("a toll in another town named in its own sentence is no toll of the incident before", () => {
      const doc = run(`${RAID} In Kano, six people were killed, the police said.`);
      assert.deepEqual(tollsOf(doc), [null, 6]);
    });

    it("of two incidents, only the one told just before gets the toll", () => {
      const doc = run(
        `Soldiers clashed with rebels near Goma, Congo on Thursday. ${RAID} At least 23 people died, the ministry said.`,
      );
      assert.deepEqual(tollsOf(doc), [null, 23]);
    });
  });
});
