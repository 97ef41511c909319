// Unowned soldiers where the place's country has no military of its own (lexicon/actors/no-own-forces.tsv):
// the force a country owned earlier in the report. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: unowned soldiers are the force the report stationed there", () => {
  it("'Israeli troops raided Jenin ... Soldiers shot dead a man': the soldiers are Israel's", () => {
    const records = recordsOf(
      "Israeli troops raided Jenin on Sunday. Soldiers shot dead a Palestinian man during the raid, the health ministry said.",
    );
    assert.ok(
      records.some((r) => r.actor1 === "Military Forces of Israel"),
      JSON.stringify(records.map((r) => r.actor1)),
    );
  });
  describe("negative cases", () => {
    it("with no force owned earlier the soldiers are named without a country", () => {
      const [shooting] = recordsOf("Soldiers shot dead a man near Nablus on Sunday.");
      assert.ok(!String(shooting?.actor1).startsWith("Military Forces of"), String(shooting?.actor1));
    });
  });
});
