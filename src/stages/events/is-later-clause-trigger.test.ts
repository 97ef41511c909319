// A name before a trigger that a later clause holds is no actor of it: "X push into A as protests flare in
// B" (is-later-clause-trigger.ts). Invented reports; the last checks that a name of the trigger's own
// clause still acts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2022-11-09";
const actorsOf = (text: string) => processRecords(text, PUBLISHED).map((r) => r.actor1);

describe("events: a force named before a later clause's trigger is not its actor", () => {
  it('"Turkish forces push into Afrin as protests flare in Lebanon": the protest is the protesters\'', () => {
    const text =
      "Turkish forces push into Afrin as protests flare in Lebanon\n\nThe rallies drew thousands on Tuesday.";
    const actors = actorsOf(text);
    assert.ok(actors.length > 0, "no record");
    assert.ok(!actors.includes("Military Forces of Turkey"), actors.join("; "));
  });
});

describe("events: a name in the trigger's own clause still acts", () => {
  it('"Turkish forces shelled Afrin as residents fled": the shelling is Turkey\'s', () => {
    const text = "Turkish forces shelled the town of Afrin in Syria on Tuesday as residents fled, witnesses said.";
    assert.deepEqual(actorsOf(text), ["Military Forces of Turkey"]);
  });
});
