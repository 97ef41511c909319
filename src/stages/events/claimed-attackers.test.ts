// A claim of responsibility names the attackers a report described (issue 18): a claimant the parse left
// without a subject relation is still read, and the words that told of the unidentified attackers stay
// evidence of the group the claim names. Invented reports through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordOf = (text: string) => {
  const [record] = processRecords(text, "2024-10-14");
  return { record, words: (record?.evidence.actor1 ?? []).map((e) => text.slice(e.start, e.end)) };
};

describe("events: a claim names the attackers", () => {
  it("'Islamic State claimed responsibility', the name's last word misparsed as the verb's compound: IS is actor 1", () => {
    const { record } = recordOf(
      "Gunmen opened fire at the airport in Kabul on Monday, killing four people. Islamic State claimed responsibility for the attack.",
    );
    assert.equal(record?.actor1, "Islamic State");
  });

  it("the attackers the report described stay evidence of the claimant", () => {
    const { record, words } = recordOf(
      "Three attackers detonated explosives at the airport in Kabul on Monday. Islamic State claimed responsibility for the attack.",
    );
    assert.equal(record?.actor1, "Islamic State");
    assert.ok(words.includes("Islamic State") && words.includes("attackers"), JSON.stringify(words));
  });

  it("'X, the Y-linked group, claimed': the verb misparsed as beside the name still takes it as claimant", () => {
    const { record } = recordOf(
      "A suicide bomber blew himself up at a checkpoint in Kismayo on Monday, killing six people.\n\nAl-Shabaab, the al Qaeda-linked insurgent group, claimed responsibility for the attack in a statement.",
    );
    assert.equal(record?.actor1, "Al Shabaab");
  });

  describe("negative cases", () => {
    it("a named attacker keeps its own words only: the claim by another group replaces nothing", () => {
      const { record, words } = recordOf(
        "Al-Shabaab fighters attacked a police station in Kismayo on Monday. Islamic State claimed responsibility for the attack.",
      );
      assert.equal(record?.actor1, "Al Shabaab");
      assert.ok(!words.includes("Islamic State"), JSON.stringify(words));
    });
  });
});
