// A nationality the parse made the subject, its actor noun hung elsewhere ("Kenyan police fired tear gas"):
// the noun names the actor and the nationality its country. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2025-07-10");
const namesOf = (text: string) => recordsOf(text).flatMap((r) => [r.actor1, r.actor2]);

describe("events: a nationality before an actor noun is that noun's country", () => {
  it("'Kenyan police fired tear gas at protesters' names the police of Kenya, not its military", () => {
    const names = namesOf("Kenyan police fired tear gas at protesters on Tuesday.");
    assert.ok(names.includes("Police Forces of Kenya"), JSON.stringify(names));
    assert.ok(!names.includes("Military Forces of Kenya"), JSON.stringify(names));
  });
  it("the nationality is evidence of the police's name with its noun", () => {
    const [record] = recordsOf("Kenyan police fired tear gas at protesters on Tuesday.");
    const police = record.actor1 === "Police Forces of Kenya" ? record.evidence.actor1 : record.evidence.actor2;
    assert.ok(
      police?.some((e) => e.text === "Kenyan police"),
      JSON.stringify(record.evidence),
    );
  });
  describe("negative cases", () => {
    it("a nationality before a noun of an act stays that country's force: 'Israeli strikes killed'", () => {
      const [record] = recordsOf("Israeli strikes killed 14 people in Gaza City on Monday, medics said.");
      assert.equal(record.actor1, "Military Forces of Israel");
    });
  });
});
