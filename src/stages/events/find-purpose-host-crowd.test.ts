// The crowd of a protest told as the purpose of another act is the subject of that act. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { toEventRecord } from "../../records/event-record.js";

function protestOf(text: string) {
  const result = processText(text, { published: "2025-03-03" });
  assert.ok("doc" in result);
  const records = result.doc.events.map((draft, i) => toEventRecord(result.doc, draft, i));
  const protest = records.find((r) => r.event_type === "Protests");
  assert.ok(protest, `no protest in ${JSON.stringify(records.map((r) => r.event_type))}`);
  return protest;
}

describe("events: a purpose protest's crowd is its host act's subject", () => {
  it("farmers who blocked a road to protest are the protesters", () => {
    const protest = protestOf(
      "Several hundred farmers blocked the main road into Kitwe on Monday to protest against fuel prices, officials said.",
    );
    assert.equal(protest.actor1, "Protesters (Zambia)");
  });
  it("a dateline's town read as a second subject does not hide the crowd", () => {
    const protest = protestOf(
      "KITWE, Zambia — Several hundred farmers blocked the main road into Kitwe on Monday to protest against fuel prices.",
    );
    assert.equal(protest.actor1, "Protesters (Zambia)");
  });
  describe("negative cases", () => {
    it("a crowd noun that is not the host verb's subject is not taken", () => {
      const protest = protestOf(
        "Residents said soldiers blocked the main road into Kitwe on Monday to protest against unpaid wages.",
      );
      assert.notEqual(protest.actor1, "Protesters (Zambia)");
    });
  });
});
