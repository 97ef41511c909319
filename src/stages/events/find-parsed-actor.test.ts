// Actor 1 read from the parse when the subject carries modifiers (issue 18): the head noun of the subject
// is the actor, whatever prepositional phrase follows it. Invented sentences, published on Tuesday
// 2021-06-29, through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processText } from "../../process.js";

function firstEvent(text: string): { doc: Doc; event: Doc["events"][number] | undefined } {
  const result = processText(text, { origin: "test", published: "2021-06-29" });
  assert.ok("doc" in result, "the document was declined");
  return { doc: result.doc, event: result.doc.events[0] };
}

const evidenceText = (doc: Doc, field: { evidence: { start: number; end: number }[] } | null | undefined) =>
  field ? doc.text.slice(field.evidence[0].start, field.evidence[0].end) : null;

describe("events: the subject's head noun through its modifiers is actor 1", () => {
  it("'Gunmen on motorbikes attacked': the gunmen, and the country after 'in northern' is a place", () => {
    const { doc, event } = firstEvent(
      "Gunmen on motorbikes attacked a police post in Djibo in northern Burkina Faso on Sunday, killing four officers.",
    );
    assert.equal(event?.actor1?.value.name, "Unidentified Armed Group (Burkina Faso)");
    assert.equal(evidenceText(doc, event?.actor1), "Gunmen");
    assert.equal(event?.actor2?.value.name, "Police Forces of Burkina Faso");
  });

  it("'Armed men on motorbikes': men whom 'armed' modifies are an armed group, not civilians", () => {
    const { doc, event } = firstEvent("Armed men on motorbikes attacked a police post in Djibo on Sunday.");
    assert.equal(event?.actor1?.value.name, "Unidentified Armed Group (Burkina Faso)");
    assert.equal(evidenceText(doc, event?.actor1), "men");
  });

  it("'the massacre of villagers by Portuguese soldiers': the 'by' phrase hung under the patient is the agent", () => {
    const { event } = firstEvent("The massacre of 300 villagers by Portuguese soldiers was reported on Sunday.");
    assert.equal(event?.actor1?.value.name, "Military Forces of Portugal");
    assert.equal(event?.actor2?.value.name, "Civilians");
  });

  it("a subject parsed as a noun its verb modifies still acts: 'gunmen at the market opened fire and detonated'", () => {
    const { doc, event } = firstEvent(
      "Witnesses say two gunmen at the market opened fire and then detonated a grenade near the stalls.",
    );
    assert.equal(event?.actor1?.value.name.startsWith("Unidentified Armed Group"), true);
    assert.equal(evidenceText(doc, event?.actor1), "gunmen");
  });

  it("negative case: men with no arming modifier who are attacked are civilians", () => {
    const { event } = firstEvent("Gunmen attacked three men on motorbikes near Djibo on Sunday.");
    assert.equal(event?.actor2?.value.name, "Civilians (Burkina Faso)");
  });
});

describe("events: actors the report describes but does not name (ACLED's generic actors)", () => {
  it("'Gunmen on motorcycles killed seven villagers in central Niger': both sides take the event's country", () => {
    const { doc, event } = firstEvent(
      "Gunmen on motorcycles killed seven villagers in central Niger on Sunday, local officials said.",
    );
    assert.equal(event?.actor1?.value.name, "Unidentified Armed Group (Niger)");
    assert.equal(evidenceText(doc, event?.actor1), "Gunmen");
    assert.equal(event?.actor2?.value.name, "Civilians (Niger)");
  });

  it("'Chadian soldiers clashed with militants': the demonym owns the force, the 'with' phrase is actor 2", () => {
    const { doc, event } = firstEvent(
      "Chadian soldiers clashed with militants near Bol on Sunday, leaving three soldiers dead, the army said.",
    );
    assert.equal(event?.actor1?.value.name, "Military Forces of Chad");
    assert.equal(evidenceText(doc, event?.actor1), "Chadian soldiers");
    assert.equal(event?.actor1?.stated, true);
    assert.equal(event?.actor2?.value.name, "Unidentified Armed Group (Chad)");
    assert.equal(evidenceText(doc, event?.actor2), "militants");
  });

  it("a wire dateline before the subject: 'NIAMEY, June 27 (Reuters) - Gunmen ... killed' still has its attackers", () => {
    const { doc, event } = firstEvent(
      "NIAMEY, June 27 (Reuters) - Gunmen on motorcycles killed six villagers in western Niger on Sunday, officials said.",
    );
    assert.equal(event?.actor1?.value.name, "Unidentified Armed Group (Niger)");
    assert.equal(evidenceText(doc, event?.actor1), "Gunmen");
  });

  it("a dateline before a plain phrase: 'NAIROBI (Wire) - Kenyan police fired tear gas' has the police as actor 1", () => {
    const { doc, event } = firstEvent(
      "NAIROBI, July 9 (Wire) - Kenyan police fired tear gas and water cannon on Wednesday at hundreds of protesters who marched through central Nairobi, witnesses said.",
    );
    const sides = [event?.actor1, event?.actor2].map((a) => a?.value.name);
    assert.ok(sides.includes("Police Forces of Kenya"), `sides: ${sides}`);
    const police = [event?.actor1, event?.actor2].find((a) => a?.value.name === "Police Forces of Kenya");
    assert.equal(evidenceText(doc, police), "police");
  });

  it("a dateline whose town the parse takes for the subject: 'BAMAKO, Mali (Wire) - Government forces regained'", () => {
    const { doc, event } = firstEvent(
      "BAMAKO, Mali, June 27 (Wire) - Government forces regained the town of Douentza after clashes with the insurgents on Sunday, a regional official said.",
    );
    assert.equal(event?.actor1?.value.name, "Military Forces of Mali");
    assert.equal(evidenceText(doc, event?.actor1), "forces");
  });

  it("'Israeli airstrikes', 'Turkey's shelling': the country modifying or owning the event noun is its force", () => {
    const strikes = firstEvent("Overnight, Israeli airstrikes on a school in Gaza City left dozens dead.");
    assert.equal(strikes.event?.actor1?.value.name, "Military Forces of Israel");
    assert.equal(evidenceText(strikes.doc, strikes.event?.actor1), "Israeli");
    const shelling = firstEvent("Turkey's shelling of Kurdish villages near Qamishli continued on Monday.");
    assert.equal(shelling.event?.actor1?.value.name, "Military Forces of Turkey");
  });

  it("'killing four people' after the trigger: the civilians a count's number modifies are actor 2", () => {
    const { doc, event } = firstEvent("A bomb exploded at a bus station in Maiduguri on Sunday, killing four people.");
    assert.equal(event?.actor2?.value.name, "Civilians (Nigeria)");
    assert.equal(evidenceText(doc, event?.actor2), "four people");
  });

  describe("negative cases", () => {
    it("a force with no owner, place or country in the report is no state's: an unidentified armed group", () => {
      const { event } = firstEvent("Soldiers clashed with gunmen on Sunday, officials said.");
      assert.equal(event?.actor1?.value.name, "Unidentified Armed Group");
    });

    it("a demonym says whose the attackers are, not where the victims live", () => {
      const { event } = firstEvent("The massacre of 300 villagers by Portuguese soldiers was reported on Sunday.");
      assert.equal(event?.actor2?.value.name, "Civilians");
    });
  });
});

describe("events: a civilian place hit stands for the civilians", () => {
  it("'shelled a hospital': civilians are actor 2, the hospital their evidence", () => {
    const { doc, event } = firstEvent("Government forces shelled a hospital in Idlib on Sunday.");
    assert.equal(event?.actor2?.value.name, "Civilians (Syria)");
    assert.equal(evidenceText(doc, event?.actor2), "hospital");
  });
  describe("negative cases", () => {
    it("a military site hit is the military's, not civilians': 'shelled an army base'", () => {
      const { event } = firstEvent("Rebels shelled an army base in Idlib on Sunday.");
      assert.notEqual(event?.actor2?.value.name, "Civilians (Syria)");
    });
  });
});

describe("events: who was hit hangs on the verb's object ('opened fire on them')", () => {
  it("'Villagers said soldiers opened fire on them': the villagers are actor 2, and the event an attack", () => {
    const { event } = firstEvent("Villagers said soldiers opened fire on them near Mopti on Sunday.");
    assert.equal(event?.subEventType.value, "Attack");
    assert.equal(event?.actor1?.value.name, "Military Forces of Mali");
    assert.equal(event?.actor2?.value.name, "Civilians (Mali)");
  });
  describe("negative cases", () => {
    it("'Soldiers said militants opened fire on them': soldiers hit, an armed clash, not an attack on civilians", () => {
      const { event } = firstEvent("Soldiers said militants opened fire on them near Mopti on Sunday.");
      assert.notEqual(event?.subEventType.value, "Attack");
    });
  });
});
