// Counted fighters whose group the sentence names ("a bomb hit a patrol of the SDF, killing two fighters")
// are that group's; and the ruler of an institution ("the Hamas-run ministry said") is no side. Invented
// sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2025-07-10");

describe("events: counted fighters are the named group's", () => {
  it("fighters killed near a named group's patrol are that group, actor 2", () => {
    const [bombing] = recordsOf(
      "A roadside bomb exploded near a patrol of the Syrian Democratic Forces in Deir ez-Zor province on Monday, killing two fighters.",
    );
    assert.equal(bombing.actor2, "Syrian Democratic Forces");
    assert.ok(bombing.evidence.actor2?.some((e) => e.text === "fighters"));
  });
  describe("negative cases", () => {
    it("the attacking group is not the group of the fighters it killed", () => {
      const [raid] = recordsOf(
        "Syrian Democratic Forces fighters raided a hideout near Hasakah on Monday, killing two militants.",
      );
      assert.equal(raid.actor1, "Syrian Democratic Forces");
      assert.notEqual(raid.actor2, "Syrian Democratic Forces");
    });
    it("fighters beside two named groups are given to neither", () => {
      const [bombing] = recordsOf(
        "A roadside bomb exploded near Manbij on Monday, killing two fighters, as the Syrian Democratic Forces and the Syrian National Army traded accusations.",
      );
      assert.ok(
        bombing.actor2 === null || !/Syrian (?:Democratic|National)/.test(bombing.actor2),
        bombing.actor2 ?? "",
      );
    });
  });
});

describe("events: the ruler of an institution is no side", () => {
  it("'the Hamas-run health ministry said Israeli strikes killed' names Israel's forces, not Hamas", () => {
    const [strike] = recordsOf(
      "The Hamas-run health ministry said Israeli strikes killed 14 people in Gaza City on Monday.",
    );
    assert.equal(strike.actor1, "Military Forces of Israel");
    assert.ok(![strike.actor1, strike.actor2].includes("Hamas"));
  });
  describe("negative cases", () => {
    it("a group named as the attacker is still the attacker: 'Hamas fighters fired rockets at Ashkelon'", () => {
      const records = recordsOf("Hamas fighters fired rockets at Ashkelon on Monday, wounding three people.");
      assert.ok(
        records.some((r) => r.actor1 === "Hamas"),
        JSON.stringify(records.map((r) => r.actor1)),
      );
    });
  });
});
