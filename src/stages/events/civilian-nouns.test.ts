// One civilian named by occupation, and labourers, are the civilians hit (issue 18,
// lexicon/actors/actor-nouns.tsv). Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordOf = (text: string) => processRecords(text, "2024-10-14")[0];

describe("events: a civilian named by occupation", () => {
  it("'a journalist was shot dead by two men': Civilians are actor 2", () => {
    const record = recordOf(
      "A journalist was shot dead by two men on a motorcycle in Culiacan on Wednesday, police said.",
    );
    assert.equal(record?.actor2, "Civilians (Mexico)");
  });

  it("'gunmen killed seven labourers': Civilians are actor 2, with the count as evidence", () => {
    const text = "Gunmen killed seven labourers at a brick kiln in Turbat on Friday night, officials said.";
    const record = recordOf(text);
    assert.equal(record?.actor2, "Civilians (Pakistan)");
    assert.deepEqual(
      (record.evidence.actor2 ?? []).map((e) => text.slice(e.start, e.end)),
      ["seven labourers"],
    );
  });

  describe("negative cases", () => {
    it("a civilian noun as the one who acts is no actor 1: 'a farmer attacked'", () => {
      const record = recordOf("A farmer attacked a herder with a machete in Benue on Monday, police said.");
      assert.ok(!(record?.actor1 ?? "").startsWith("Civilians"), record?.actor1 ?? "");
    });
  });
});
