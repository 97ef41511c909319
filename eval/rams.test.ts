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
    const doc = readRamsDoc(line("conflict.attack.airstrikemissilestrike"));
    assert.deepEqual(
      doc.events[0].triggers.map((t) => doc.text.slice(t.start, t.end)),
      ["struck"],
    );
    assert.deepEqual(
      doc.events[0].arguments.map((g) => [g.goldRole, doc.text.slice(g.start, g.end)]),
      [
        ["target", "facilities"],
        ["place", "near the Syrian-Iraqi border"],
      ],
    );
    assert.ok(doc.text.endsWith("border. There were no immediate reports of casualties."));
  });
  it("keeps a window whose event is not violent, with no gold event (its predictions count against precision)", () => {
    const quiet = readRamsDoc(line("life.die.nonviolentdeath"));
    assert.equal(quiet.events.length, 0);
    assert.ok(quiet.text.length > 0);
    assert.equal(readRamsDoc(line("contact.discussion.meet")).events.length, 0);
    assert.equal(readRamsDoc(line("life.injure.injurycausedbyviolentevents")).events.length, 1);
  });
});
