import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { actorAccuracy, alignRecord, judgeActors, sentenceAt, tallyVerdicts } from "./score-actor-arguments.js";
import type { Argument, ArgumentEvent } from "./score-arguments.js";

// An invented report of two sentences.
const TEXT = "Rebels attacked an army post near Goma on Monday. Troops later shelled a rebel camp.";
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const arg = (role: Argument["role"], part: string, head = part): Argument => ({ role, ...at(part), head: at(head) });

const ATTACK: ArgumentEvent = {
  type: "Conflict.Attack.Unspecified",
  triggers: [at("attacked")],
  arguments: [arg("attacker", "Rebels"), arg("target/victim", "an army post", "post"), arg("place", "Goma")],
};
const record = (triggers: string[], args: Argument[]): ArgumentEvent => ({
  triggers: triggers.map(at),
  arguments: args,
});

describe("actor 1 / actor 2 against gold attackers and targets", () => {
  it("judges the record sharing the trigger: right, wrong and none apart", () => {
    const said = record(
      ["attacked"],
      [
        { role: "attacker", ...at("Rebels") },
        { role: "target/victim", ...at("Troops") },
      ],
    );
    const verdicts = judgeActors(TEXT, [ATTACK], [said]);
    assert.deepEqual(
      verdicts.map((v) => [v.field, v.verdict]),
      [
        ["actor1", "right"],
        ["actor2", "wrong"],
      ],
    );
    const silent = judgeActors(TEXT, [ATTACK], [record(["attacked"], [])]);
    assert.deepEqual(
      silent.map((v) => v.verdict),
      ["none", "none"],
    );
  });

  it("never aligns a record by the judged role's own argument, which would make it right by construction", () => {
    const elsewhere = record(["shelled"], [{ role: "attacker", ...at("Rebels") }]);
    assert.equal(alignRecord(ATTACK, [elsewhere], "attacker", TEXT), -1);
    assert.equal(alignRecord(ATTACK, [elsewhere], "target/victim", TEXT), 0, "the attacker may align it for actor2");
  });

  it("aligns a record whose trigger is in the gold trigger's sentence, not one of the next sentence", () => {
    const same = record(["Monday"], []);
    const next = record(["shelled"], []);
    const gold = { ...ATTACK, arguments: [arg("attacker", "Rebels")] };
    assert.equal(alignRecord(gold, [next, same], "attacker", TEXT), 1);
    assert.equal(alignRecord(gold, [next], "attacker", TEXT), -1);
  });

  it("splits sentences at a stop before a capital", () => {
    const first = sentenceAt(TEXT, TEXT.indexOf("Goma"));
    assert.equal(TEXT.slice(first.start, first.end), "Rebels attacked an army post near Goma on Monday.");
    const second = sentenceAt(TEXT, TEXT.indexOf("camp"));
    assert.equal(TEXT.slice(second.start, second.end), "Troops later shelled a rebel camp.");
  });

  it("accuracy is right over judged; unaligned gold events are counted apart", () => {
    const tallies = tallyVerdicts(judgeActors(TEXT, [ATTACK], []));
    assert.deepEqual(tallies.actor1, { right: 0, wrong: 0, none: 0, unaligned: 1 });
    assert.equal(actorAccuracy(tallies.actor1), null);
    assert.equal(actorAccuracy({ right: 1, wrong: 1, none: 2, unaligned: 5 }), 0.25);
  });
});
