// A trigger that is the attacker's own noun ("a suicide bomber killed ...") names the perpetrator, unnamed.
// Invented sentences, published Wednesday 2026-03-04.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordOf = (text: string) => processRecords(text, "2026-03-04")[0];

describe("events: an attacker's noun as the trigger is actor 1", () => {
  it("'A suicide bomber killed 12 people' has the unidentified armed group of the country as actor 1", () => {
    const record = recordOf("A suicide bomber killed 12 people at a market in Kabul on Friday.");
    assert.equal(record?.sub_event_type, "Suicide bomb");
    assert.equal(record?.actor1, "Unidentified Armed Group (Afghanistan)");
    assert.deepEqual(
      record?.evidence.actor1?.map((s) => s.text),
      ["suicide bomber"],
    );
  });
  describe("negative cases", () => {
    it("a named group that claims the bombing stays actor 1", () => {
      const record = recordOf(
        "A suicide bomber killed 12 people at a market in Kabul on Friday. The Islamic State group claimed responsibility.",
      );
      assert.equal(record?.actor1, "Islamic State");
    });
  });
});
