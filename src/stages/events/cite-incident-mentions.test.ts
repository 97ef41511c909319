// One incident, one record, every mention cited (issue 18): the later names of an incident ("the blast",
// "Friday's attack") join its record's evidence and make no record of their own; phrases that point at
// another incident (a comparison, an earlier one, a year) stay out. Invented reports, published on
// Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");
const cited = (doc: Doc) =>
  doc.events.flatMap((e) =>
    e.eventType.evidence
      .filter((s) => s.by === "events/cite-incident-mentions")
      .map((s) => doc.text.slice(s.start, s.end)),
  );
const BOMBING =
  "A car bomb exploded outside a police station in Kandahar on Sunday, killing six officers, police said.";

describe("events: later names of an incident join its record", () => {
  it("'claimed responsibility for the blast' cites the blast in the bombing's record", () => {
    const doc = run(`${BOMBING} No group has yet claimed responsibility for the blast.`);
    assert.equal(doc.events.length, 1);
    assert.deepEqual(cited(doc), ["blast"]);
  });

  it("'after the attack' names the bombing already told, and adds no record", () => {
    const doc = run(`${BOMBING} Shops in the district stayed closed after the attack.`);
    assert.equal(doc.events.length, 1);
    assert.deepEqual(cited(doc), ["attack"]);
  });

  it("'Sunday's attack' points back through a possessive", () => {
    const doc = run(`${BOMBING} Police questioned two men about Sunday's attack.`);
    assert.deepEqual(cited(doc), ["attack"]);
  });

  it("'Saturday's attack' names another day, so another incident", () => {
    const doc = run(`${BOMBING} Police questioned two men about Saturday's attack.`);
    assert.deepEqual(cited(doc), []);
  });
});

describe("events: with two incidents of a kind, a phrase joins the one just told", () => {
  const TWO = `${BOMBING} In Baidoa, gunmen attacked a market on Saturday, killing three traders, officials said.`;

  it("'the attack' right after the second incident joins the second", () => {
    const doc = run(`${TWO} Shops near the market closed after the attack.`);
    const market = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === "attacked");
    assert.ok(market, doc.events.map((e) => e.subEventType.value).join(", "));
    assert.ok(market.eventType.evidence.some((s) => s.by === "events/cite-incident-mentions"));
  });

  it("'the attack' far from both is ambiguous and joins neither", () => {
    const doc = run(`${TWO} The governor met elders on Monday. He spoke of unity. Many residents recalled the attack.`);
    assert.deepEqual(cited(doc), []);
  });
});

describe("events: phrases naming another incident are not cited", () => {
  it("'the previous attack' is another incident", () => {
    const doc = run(`${BOMBING} The previous attack on the station was in 2019.`);
    assert.deepEqual(cited(doc), []);
  });

  it("'similar to the attacks in Herat' is a yardstick", () => {
    const doc = run(`${BOMBING} Officials said the method was similar to the attacks in Herat.`);
    assert.deepEqual(cited(doc), []);
  });

  it("'the 2011 bombing' names a year of its own", () => {
    const doc = run(`${BOMBING} Residents recalled the 2011 bombing of the same street.`);
    assert.deepEqual(cited(doc), []);
  });

  it("'that attacks' is a relative clause, no naming phrase", () => {
    const doc = run(`${BOMBING} The governor said any group that attacks the police will be hunted down.`);
    assert.deepEqual(cited(doc), []);
  });

  it("a report with no violent record cites nothing", () => {
    const doc = run("The council met on Sunday to discuss the budget. The attack on the plan came from the mayor.");
    assert.deepEqual(cited(doc), []);
  });
});
