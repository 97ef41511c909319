// Hand-made lines in the RAMS format (text: the seed article's fourth paragraph, not gold data).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readRamsDoc } from "./rams.js";

const SENTENCES = [
  ["The", "Pentagon", "said", "facilities", "were", "struck", "near", "the", "Syrian", "-", "Iraqi", "border", "."],
  ["There", "were", "no", "immediate", "reports", "of", "casualties", "."],
];

function line(type: string): string {
  return JSON.stringify({
    doc_key: "seed-4",
    sentences: SENTENCES,
    evt_triggers: [[5, 5, [[type, 1.0]]]],
    gold_evt_links: [
      [[5, 5], [3, 3], "evt005arg02target"],
      [[5, 5], [6, 11], "evt005arg04place"], // inclusive end: "near the Syrian-Iraqi border"
      [[5, 5], [1, 1], "evt005arg99communicator"], // a role sitrep has no field for
    ],
  });
}

describe("rams reader", () => {
  it("reads inclusive token ranges across sentences as character spans", () => {
    const doc = readRamsDoc(line("conflict.attack.airstrikemissilestrike"))!;
    assert.deepEqual(doc.gold.map((g) => [g.goldRole, doc.text.slice(g.start, g.end)]), [
      ["target", "facilities"],
      ["place", "near the Syrian-Iraqi border"],
    ]);
    assert.ok(doc.text.endsWith("border. There were no immediate reports of casualties."));
  });
  it("skips documents whose event is not violent (a non-violent death is out of scope)", () => {
    assert.equal(readRamsDoc(line("life.die.nonviolentdeath")), null);
    assert.equal(readRamsDoc(line("contact.discussion.meet")), null);
    assert.notEqual(readRamsDoc(line("life.injure.injurycausedbyviolentevents")), null);
  });
});
