// A trigger that is the purpose of another act ("blocked the road into X to protest") happened where that
// act did. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordOfType } from "../../testing/process-doc.js";

const protestOf = (text: string) => recordOfType(text, "2025-03-03", ["Protests"]);

describe("events: a purpose clause's trigger is placed where its host act was", () => {
  it("farmers who blocked the road into a town to protest protested at that town", () => {
    const protest = protestOf(
      "Several hundred farmers blocked the main road into Kitwe on Monday to protest against fuel prices, officials said.",
    );
    assert.equal(protest.location, "Kitwe");
  });
  it("of two towns in the host clause, the one nearer the trigger: where they went", () => {
    const protest = protestOf(
      "Hundreds of traders travelled from Ndola to Lusaka on Monday to protest against new market fees, officials said.",
    );
    assert.equal(protest.location, "Lusaka");
  });
  describe("negative cases", () => {
    it("a place in the trigger's own clause wins over the host clause's", () => {
      const protest = protestOf(
        "Traders from Ndola gathered on Monday to protest in Kitwe against new market fees, officials said.",
      );
      assert.equal(protest.location, "Kitwe");
    });
  });
});
