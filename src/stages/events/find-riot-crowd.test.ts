// A riot's crowd named as one of its sides is actor 1, the force actor 2; the people counted dead are its
// fatalities, not a side. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { toEventRecord } from "../../records/event-record.js";

function riotOf(text: string) {
  const result = processText(text, { published: "2025-03-03" });
  assert.ok("doc" in result);
  const records = result.doc.events.map((draft, i) => toEventRecord(result.doc, draft, i));
  const riot = records.find((r) => r.sub_event_type === "Violent demonstration");
  assert.ok(riot, `no riot in ${JSON.stringify(records.map((r) => r.sub_event_type))}`);
  return riot;
}

describe("events: the crowd a riot's clash names is its rioters", () => {
  it("clashes between soldiers and demonstrators: rioters against the army", () => {
    const riot = riotOf(
      "Three people died on Tuesday in clashes between soldiers and demonstrators in the town of Kitwe, a hospital official said.",
    );
    assert.equal(riot.actor1, "Rioters (Zambia)");
    assert.equal(riot.actor2, "Military Forces of Zambia");
  });
  it("a crowd the parse hangs elsewhere is still found among the riot's own sentence's triggers", () => {
    const riot = riotOf(
      "At least two people were killed in clashes between police and anti-government protesters in Lusaka on Tuesday, witnesses said.",
    );
    assert.equal(riot.actor1, "Rioters (Zambia)");
    assert.equal(riot.actor2, "Police Forces of Zambia");
  });
  describe("negative cases", () => {
    it("rioters who attacked traders keep the traders as their target", () => {
      const riot = riotOf("Rioters attacked shops in Kitwe on Tuesday and clashed with police, killing two traders.");
      assert.equal(riot.actor1, "Rioters (Zambia)");
      assert.equal(riot.actor2, "Civilians (Zambia)");
    });
  });
});
