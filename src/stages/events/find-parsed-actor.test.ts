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
    const { event } = firstEvent("The 1920 massacre of 300 villagers by Portuguese soldiers was remembered on Sunday.");
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
