// A later sentence that ties the attackers to a group names actor 1 of the attack told before it (issue
// 18): "The attackers, who were believed to belong to X". Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");
const ATTACK = "Gunmen killed nine villagers near Ouallam on Friday.";

describe("events: the attackers' group, named after the attack", () => {
  it("'The attackers, who were believed to belong to X, fled': X is actor 1", () => {
    const [killing] = recordsOf(`${ATTACK} The attackers, who were believed to belong to Boko Haram, fled on foot.`);
    assert.equal(killing.actor1, "Boko Haram");
  });
  it("'The gunmen belonged to X': X is actor 1", () => {
    const [killing] = recordsOf(`${ATTACK} The gunmen belonged to Boko Haram, the mayor said.`);
    assert.equal(killing.actor1, "Boko Haram");
  });
  it("'The assailants, linked to X, fled': a participle of belonging", () => {
    const [killing] = recordsOf(`${ATTACK} The assailants, linked to Boko Haram, fled on foot.`);
    assert.equal(killing.actor1, "Boko Haram");
  });
  describe("negative cases", () => {
    it("villagers who belong to a group are no attackers: 'The victims belonged to X'", () => {
      const [killing] = recordsOf(`${ATTACK} The villagers belonged to a farmers' union, the mayor said.`);
      assert.equal(killing.actor1, "Unidentified Armed Group (Niger)");
    });
    it("an indefinite noun is no back-reference: 'Some gunmen belong to X' says nothing of this attack", () => {
      const [killing] = recordsOf(`${ATTACK} Many gunmen in the region belong to Boko Haram, analysts say.`);
      assert.equal(killing.actor1, "Unidentified Armed Group (Niger)");
    });
  });
});
