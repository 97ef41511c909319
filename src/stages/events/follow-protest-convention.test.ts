// ACLED's actor convention for demonstrations (issue 18): the crowd is actor 1 of a protest or riot, the
// force that intervenes actor 2; excessive force puts the force first. Invented sentences, published on
// Thursday 2025-07-10, through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2025-07-10");

const ofType = (doc: Doc, subEventType: string) => doc.events.find((e) => e.subEventType.value === subEventType);
const sides = (e: EventDraft | undefined) => [e?.actor1?.value.name, e?.actor2?.value.name];

describe("events: ACLED's protest convention", () => {
  it("a peaceful protest has no actor 2: the force in its grievance is what it is about", () => {
    const doc = run(
      "Hundreds of people protested in Bamako on Friday against the arrest of a local activist by security forces.",
    );
    const protest = ofType(doc, "Peaceful protest");
    assert.ok(protest, "the protest is an event");
    assert.equal(protest.actor1?.value.name, "Protesters (Mali)");
    assert.equal(protest.actor2, null);
  });

  it("protesters who clashed with police are rioters against the police", () => {
    const doc = run("Protesters in Dhaka clashed with police on Sunday, leaving dozens injured.");
    const riot = doc.events.find((e) => e.eventType.value === "Riots");
    assert.ok(riot, "the riot is an event");
    assert.deepEqual(sides(riot), ["Rioters (Bangladesh)", "Police Forces of Bangladesh"]);
  });
  it("police firing tear gas at protesters: the protesters are actor 1, the police actor 2", () => {
    const doc = run(
      "Police in Dakar fired tear gas at protesters who gathered outside the national assembly on Monday.",
    );
    assert.deepEqual(sides(ofType(doc, "Protest with intervention")), [
      "Protesters (Senegal)",
      "Police Forces of Senegal",
    ]);
  });

  it("demonstrators who throw stones at officers are rioters (actor 1) against the police (actor 2)", () => {
    const doc = run("Demonstrators threw stones at police officers in Kisumu, Kenya, on Tuesday.");
    const riot = ofType(doc, "Violent demonstration");
    assert.ok(riot, "the riot is an event");
    assert.equal(riot.actor1?.value.name, "Rioters (Kenya)");
    assert.equal(riot.actor1?.value.inter, 5);
    assert.equal(riot.actor2?.value.name, "Police Forces of Kenya");
  });

  it("excessive force: the force that opened fire is actor 1, the protesters actor 2", () => {
    const doc = run("Security forces opened fire on protesters in Khartoum on Thursday, killing two, doctors said.");
    const event = ofType(doc, "Excessive force against protesters");
    assert.ok(event, "the shooting is an event");
    assert.deepEqual(sides(event), ["Military Forces of Sudan", "Protesters (Sudan)"]);
  });

  describe("negative cases", () => {
    it("a protest the text names no crowd for gets none made up from its words, only ACLED's inferred crowd", () => {
      const doc = run("Hundreds joined a peaceful march in Lusaka, Zambia, on Saturday against rising food prices.");
      const protest = ofType(doc, "Peaceful protest");
      assert.ok(protest, "the march is an event");
      assert.deepEqual(protest.actor1?.evidence ?? [], []);
      assert.notEqual(protest.actor1?.stated, true);
    });

    it("an attack on civilians is no demonstration: its sides stay as the clause gives them", () => {
      const doc = run("Gunmen killed six villagers near Djibo in Burkina Faso on Sunday.");
      const attack = doc.events[0];
      assert.deepEqual(sides(attack), ["Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"]);
    });
  });
});
