// A passive attack with no agent of its own takes the subject of its "when"/"as" clause. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { toEventRecord } from "../../records/event-record.js";

function firstRecord(text: string) {
  const result = processText(text, { published: "2025-03-03" });
  assert.ok("doc" in result);
  const [draft] = result.doc.events;
  assert.ok(draft, "no event");
  return toEventRecord(result.doc, draft, 0);
}

describe("events: the agent of a passive attack told in a 'when' clause", () => {
  it("'villagers were shot dead when gunmen stormed a village': the gunmen are actor 1, the villagers actor 2", () => {
    const record = firstRecord(
      "At least seven villagers were shot dead when gunmen stormed a village near Goma on Sunday.",
    );
    assert.equal(record.actor1, "Unidentified Armed Group (Democratic Republic of Congo)");
    assert.equal(record.actor2, "Civilians (Democratic Republic of Congo)");
  });
  describe("negative cases", () => {
    it("the victims as the subject of the 'when' clause are no actor 1", () => {
      const record = firstRecord(
        "Seven villagers were shot dead when they returned to their fields near Goma on Sunday.",
      );
      // An attack on civilians implies an unidentified armed group; no words of the victims stand for it.
      assert.equal(record.evidence.actor1, undefined);
      assert.notEqual(record.actor1, "Civilians (Democratic Republic of Congo)");
    });
  });
});
