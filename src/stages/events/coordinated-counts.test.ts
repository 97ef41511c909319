// "Seven men and two women were killed": the dead are both counts (sum-coordinated-counts.ts), not the
// one beside the verb.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");
const bestOf = (text: string) => {
  const doc = run(text);
  assert.equal(doc.events.length, 1, showEvents(doc));
  return doc.events[0].fatalities?.value.best;
};

describe("events: coordinated counts of the dead add up", () => {
  it("'Four men and three children were killed' after an undated lead is seven dead", () => {
    assert.equal(
      bestOf(
        "Bandits raided the village of Gidan Bako in Sokoto state on Sunday. Four men and three children were killed.",
      ),
      7,
    );
  });

  it("a counted noun and a bare one: 'Two soldiers and a policeman were killed' is three", () => {
    assert.equal(
      bestOf("Militants attacked a convoy near Kunduz on Sunday. Two soldiers and a policeman were killed."),
      3,
    );
  });

  it("a count of the wounded beside the dead is not added: 'Three were killed and two wounded'", () => {
    assert.equal(
      bestOf(
        "Militants attacked a convoy near Kunduz on Sunday. Three soldiers were killed and two others were wounded.",
      ),
      3,
    );
  });

  it("both sides' counted dead as the object: 'killed four soldiers and six rebels' is ten", () => {
    assert.equal(
      bestOf("Fighting broke out near Walikale on Sunday. The clashes killed four soldiers and six rebels."),
      10,
    );
  });

  it("a count kept from its verb by a second subject: '18 soldiers and an unknown number of rebels were killed'", () => {
    assert.equal(
      bestOf(
        "Rebels attacked an army post near Walikale on Sunday. At least 18 soldiers and an unknown number of rebels were killed.",
      ),
      18,
    );
  });

  it("a count of people that is no killing verb's patient counts no dead: '18 soldiers and police were deployed'", () => {
    const doc = run(
      "Rebels attacked an army post near Walikale on Sunday. At least 18 soldiers and an unknown number of police were deployed.",
    );
    assert.ok(
      doc.events.every((e) => e.fatalities?.value.best == null),
      showEvents(doc),
    );
  });
});

describe("events: an attack that kills and abducts is one attack", () => {
  it("'stormed a village, killing 12 people and abducting 50 others' is one Attack with 12 dead", () => {
    const doc = run(
      "Gunmen on Saturday stormed a village in Katsina state, killing 12 people and abducting 50 others, police said.",
    );
    assert.deepEqual(
      doc.events.map((e) => [e.subEventType.value, e.fatalities?.value.best, e.actor1?.value.name]),
      [["Attack", 12, "Unidentified Armed Group (Nigeria)"]],
      showEvents(doc),
    );
  });

  it("an abduction with no one killed stays an abduction", () => {
    const doc = run("Gunmen on Saturday stormed a school in Katsina state and abducted 50 students, police said.");
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Abduction/forced disappearance"],
      showEvents(doc),
    );
  });
});
