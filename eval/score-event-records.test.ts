import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Argument } from "./score-arguments.js";
import { type ScoredRecord, tallyRecords } from "./score-event-records.js";

// An invented report: "Gunmen attacked a checkpoint in Kirkuk on Monday, killing two guards."
const TEXT = "Gunmen attacked a checkpoint in Kirkuk on Monday, killing two guards.";
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const arg = (role: Argument["role"], part: string, head = part): Argument => ({ role, ...at(part), head: at(head) });
const VIOLENT = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"];

const ATTACK = {
  type: "Conflict.Attack.Unspecified",
  acled: VIOLENT,
  triggers: [at("attacked")],
  arguments: [arg("attacker", "Gunmen"), arg("target/victim", "a checkpoint", "checkpoint"), arg("place", "Kirkuk")],
};
const DEATH = {
  type: "Life.Die.Unspecified",
  acled: VIOLENT,
  triggers: [at("killing")],
  arguments: [arg("target/victim", "two guards", "guards"), arg("place", "Kirkuk")],
};

function record(eventType: string, triggers: string[], args: Argument[], fatalities: number | null): ScoredRecord {
  return {
    triggers: triggers.map(at),
    arguments: args,
    record: {
      event_type: eventType,
      fatalities_known: fatalities !== null,
      fatalities_best: fatalities,
      fatalities_low: fatalities,
    },
  };
}

describe("event records on whole reports", () => {
  it("one record can stand for the attack and the deaths it caused; its fields are judged per gold event", () => {
    const attack = record(
      "Violence against civilians",
      ["attacked", "killing two"],
      [
        { role: "attacker", ...at("Gunmen") },
        { role: "place", ...at("in Kirkuk") },
      ],
      2,
    );
    const t = tallyRecords([ATTACK, DEATH], [attack]);
    assert.deepEqual([t.gold, t.found, t.records, t.correct], [2, 2, 1, 1]);
    assert.deepEqual(t.actor1, { right: 1, judged: 1 });
    assert.deepEqual(
      t.actor2,
      { right: 0, judged: 2 },
      "no actor2 said: both gold events with a target or victim count it wrong",
    );
    assert.deepEqual(t.location, { right: 2, judged: 2 });
    assert.deepEqual(t.fatalities, { right: 1, judged: 1 });
  });

  it("a record of an incompatible type matches nothing, though it shares the trigger", () => {
    const protest = record("Protests", ["attacked"], [], null);
    const t = tallyRecords([ATTACK], [protest]);
    assert.deepEqual([t.found, t.correct, t.records], [0, 0, 1]);
  });

  it("a record elsewhere in the text with no shared trigger or argument is a false event", () => {
    const elsewhere = record("Battles", ["Monday"], [{ role: "place", ...at("Monday") }], null);
    const t = tallyRecords([ATTACK], [elsewhere]);
    assert.deepEqual([t.found, t.correct], [0, 0]);
  });

  it("matches by a shared argument head when the triggers differ; no stated count fails fatalities", () => {
    const byArgument = record("Battles", ["Monday"], [{ role: "target/victim", ...at("two guards") }], null);
    const t = tallyRecords([DEATH], [byArgument]);
    assert.deepEqual([t.found, t.correct], [1, 1]);
    assert.deepEqual(t.actor2, { right: 1, judged: 1 });
    assert.deepEqual(t.fatalities, { right: 0, judged: 1 });
  });

  it("a second record of an event already matched is a duplicate; one that adds another event is not", () => {
    const attack = record("Battles", ["attacked"], [], null);
    const again = record("Battles", ["attacked"], [], null);
    const death = record("Battles", ["killing two"], [], 2);
    assert.equal(tallyRecords([ATTACK, DEATH], [attack, again, death]).duplicates, 1);
    assert.equal(tallyRecords([ATTACK, DEATH], [attack, death]).duplicates, 0);
  });
});
