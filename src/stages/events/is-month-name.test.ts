// Invented sentences: the month March is no protest march, a march named "March" still is.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";

function eventTypes(text: string, published?: string): string[] {
  const result = processText(text, { origin: "test", published });
  assert.ok("doc" in result);
  return result.doc.events.map((e) => e.subEventType.value);
}

describe("events: a month named March", () => {
  it('"in March" and "on March 30" in an undated report are dates, not protests', () => {
    assert.deepEqual(eventTypes("The champion lost his title in March and retired on March 30 after a scan."), []);
  });
  it('"March" before a contract name in market prices is the month', () => {
    assert.deepEqual(eventTypes("Bond futures were steady while March contracts eased by two ticks."), []);
  });

  describe("negative cases", () => {
    it("a march named with a capital ('the Freedom March') is still a protest", () => {
      assert.deepEqual(eventTypes("Thousands joined the Freedom March through the capital on Saturday."), [
        "Peaceful protest",
      ]);
    });
    it("a lower-case march is still a protest", () => {
      assert.deepEqual(eventTypes("Hundreds of teachers staged a march on parliament on Saturday.", "2021-06-28"), [
        "Peaceful protest",
      ]);
    });
  });
});
