// One test per kind of error the parse is there to fix (issue 18), on invented sentences, through the
// real pipeline (processText). Published on Monday 2021-06-28. A sports report, a multi-year total, and
// future and conditional attacks are in not-incidents.test.ts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2021-06-28");

describe("events read from the parse: one test per error kind", () => {
  it("agent of a possessive force: 'by Portugal's air force' is Portugal's, not a default country's", () => {
    const [event] = run(
      "The bombing of rebel positions by Portugal's air force killed five fighters on Sunday.",
    ).events;
    assert.equal(event?.actor1?.value.name, "Military Forces of Portugal");
  });

  it("agent in a passive: the 'by' phrase is actor 1, the subject is not", () => {
    const [event] = run(
      "A police station was attacked by Boko Haram fighters on Sunday, killing four officers.",
    ).events;
    assert.equal(event?.actor1?.value.name, "Boko Haram");
    assert.notEqual(event?.actor2?.value.name, "Boko Haram");
  });

  it("agent in a passive and a possessive: 'shelled by Mali's army' is Mali's forces, the subject is not", () => {
    const doc = run("Two villages near Mopti were shelled by Mali's army on Sunday, residents said.");
    const [event] = doc.events;
    assert.equal(event?.actor1?.value.name, "Military Forces of Mali");
    const agent = event?.actor1?.evidence[0];
    assert.equal(agent && doc.text.slice(agent.start, agent.end), "Mali's army");
    assert.notEqual(event?.actor2?.value.name, "Military Forces of Mali");
  });

  it("an attacker named by a common noun is read from the parse: 'gunmen' is an unidentified armed group", () => {
    const doc = run("Gunmen attacked a police post near Kaduna on Friday.");
    const [event] = doc.events;
    assert.equal(event?.actor1?.value.name, "Unidentified Armed Group (Nigeria)");
    const agent = event?.actor1?.evidence[0];
    assert.equal(agent && doc.text.slice(agent.start, agent.end), "Gunmen");
  });

  it("soldiers of a named country and their civilian victims: actor 1 and actor 2 from the parse", () => {
    const doc = run("Nigerien troops killed five villagers near Diffa on Sunday.");
    const [event] = doc.events;
    assert.equal(event?.actor1?.value.name, "Military Forces of Niger");
    assert.equal(event?.actor2?.value.name, "Civilians (Niger)");
    const victims = event?.actor2?.evidence[0];
    assert.equal(victims && doc.text.slice(victims.start, victims.end), "five villagers");
  });

  it("negative case: a negated attack is no event", () => {
    assert.deepEqual(run("The army did not shell the villages near Diffa on Sunday.").events, []);
  });

  it("an organisation that shares a town's name ('Amal') is not where the attack was", () => {
    const doc = run(
      "An army checkpoint in southern Lebanon was attacked by Amal militiamen on Sunday, killing three soldiers.",
    );
    assert.ok(doc.events.length > 0);
    for (const event of doc.events) assert.notEqual(event.place?.value.country, "Sweden");
  });

  it("a planned protest is no event", () => {
    const doc = run("Teachers plan to march to the ministry in Lisbon on Friday to demand higher pay.");
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      [],
    );
  });

  it("'attacked …, killing five' is one record with its dead, not an attack plus a killing", () => {
    const events = run("Gunmen stormed a police post in Kaduna on Friday, killing five people.").events;
    assert.equal(events.length, 1);
    assert.equal(events[0].fatalities.value.best, 5);
    assert.equal(events[0].place?.value.location, "Kaduna");
  });

  it("a dateline's country is where the report was filed, not actor 1", () => {
    const [event] = run(
      "Rebels raid base\n\nGOMA, Congo – M23 rebels attacked an army base near Goma on Sunday, killing four soldiers.",
    ).events.filter((e) => e.place?.value.location === "Goma");
    assert.equal(event?.actor1?.value.name, "M23");
  });

  it("a dateline's month 'MAY' is no modal 'may': the lead's attack still happened", () => {
    const events = run(
      "Rebels raid base\n\nGOMA, MAY 20 (Wire) - Rebels attacked an army base near Goma on Sunday, killing four soldiers.",
    ).events;
    assert.equal(events.length, 1);
    assert.equal(events[0]?.place?.value.location, "Goma");
  });

  it("a capital someone is blamed in ('blamed Nairobi') is no setting: the side's own toll joins the raid", () => {
    const events = run(
      "Kenyan jets bombed militant camps near Jilib in Somalia on Sunday, killing at least eight fighters, a monitor said.\n\n" +
        "The group said three of its fighters were killed and blamed Nairobi for the raids.",
    ).events;
    assert.equal(events.length, 1, JSON.stringify(events.map((e) => e.subEventType.value)));
  });

  it("'two suicide bombings killed over 48 people' gives 48 dead, not 2", () => {
    const [event] = run("Two suicide bombings killed over 48 people in Baghdad on Thursday.").events;
    assert.equal(event?.fatalities.value.best, 48);
  });

  it("'a car bomb killed six shoppers and wounded 20' gives 6 dead, also where the parse loses the object", () => {
    const [event] = run(
      "A car bomb killed six shoppers and wounded at least 20 at a busy market in Kirkuk on Tuesday, police said.",
    ).events;
    assert.deepEqual(event?.fatalities.value, { known: true, low: 6, best: 6, high: 6 });
  });

  it("a passive keeps the count before its verb: 'five guards were killed'", () => {
    const [event] = run("Five guards were killed in an ambush near Kirkuk on Tuesday.").events;
    assert.equal(event?.fatalities.value.best, 5);
  });

  it("a weekday in a past-tense clause is the latest such day on or before publication", () => {
    const [event] = run("Gunmen attacked a bus near Kaduna on Friday, killing seven passengers.").events;
    assert.equal(event?.date?.value.start, "2021-06-25");
  });

  it("a date inside a comparison ('the deadliest since May 10') is not the event's date", () => {
    const [event] = run(
      "A suicide bomber killed 14 soldiers in Kunduz, the deadliest attack since May 10, officials said on Friday.",
    ).events;
    assert.equal(event?.date?.value.start, "2021-06-25");
  });

  it("a planned protest's date ('called for demonstrations next week') dates no event that happened", () => {
    const events = run(
      [
        "Police fired tear gas at hundreds of protesters in the capital on Sunday, witnesses said.",
        "Demonstrators threw stones at officers near the parliament, and at least 12 people were arrested.",
        "Opposition leaders have called for further demonstrations next week.",
      ].join("\n\n"),
    ).events;
    // The stones and the arrests at it are the one protest's (ACLED codes one violent demonstration).
    assert.ok(events.length >= 1, "the protest is an event");
    for (const event of events)
      assert.ok(!event.date || event.date.value.start <= "2021-06-28", `${event.subEventType?.value} dated ahead`);
  });

  it("one phrase is never both the side that acts and the side acted on", () => {
    const doc = run(
      "Kenyan police fired tear gas and water cannon on Sunday at hundreds of protesters who marched through central Nairobi to demand lower fuel prices, witnesses said.",
    );
    assert.ok(doc.events.length > 0, "the protest is an event");
    for (const { actor1, actor2 } of doc.events) {
      const words = (a: typeof actor1) => new Set(a?.evidence.map((s) => `${s.start}:${s.end}`));
      const shared = [...words(actor1)].filter((w) => words(actor2).has(w));
      assert.deepEqual(shared, [], `${actor1?.value.name} / ${actor2?.value.name}`);
    }
  });

  it("a subject after fronted adverbials is still the agent: 'Separately, on Sunday, Malian soldiers clashed ...'", () => {
    const [event] = run(
      "Separately, on Sunday, Malian soldiers clashed with militants near Boni, leaving two soldiers dead, the army said in a statement.",
    ).events;
    assert.equal(event?.actor1?.value.name, "Military Forces of Mali");
  });
});
