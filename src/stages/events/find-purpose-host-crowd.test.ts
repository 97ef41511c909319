// The crowd of a protest told as the purpose of another act is the subject of that act. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordOfType } from "../../testing/process-doc.js";

const protestOf = (text: string) => recordOfType(text, "2025-03-03", ["Protests"]);

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
      // The residents who speak and the soldiers who blocked the road are no crowd; only the protesters a
      // protest implies (imply-unnamed-actors.ts), which no words state, may stand in actor 1.
      assert.deepEqual(protest.evidence.actor1 ?? [], []);
    });
  });
});
