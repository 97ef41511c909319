// The dead of both sides of one clash are summed (ACLED: all reported deaths of the event), the same side's
// dead told twice are not (issue 18, numbers attached to the wrong thing). Invented reports, published on
// Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FatalityValue } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

function fatalitiesOf(text: string): FatalityValue {
  const doc = processDoc(text, "2024-03-11");
  assert.equal(doc.events.length, 1, `one incident expected, got ${doc.events.length}`);
  return doc.events[0].fatalities.value;
}

describe("events: the dead of both sides of a clash", () => {
  it("soldiers killed in one sentence and attackers killed in the next are summed: 7 + 15", () => {
    const value = fatalitiesOf(
      "Insurgents killed seven soldiers in a raid on an army post near Menaka on Saturday. Troops killed 15 of the insurgents, the army said.",
    );
    assert.deepEqual([value.low, value.best, value.high], [22, 22, 22]);
  });

  it("the sum's evidence is each side's count, not the text between them", () => {
    const text =
      "Insurgents killed seven soldiers in a raid on an army post near Menaka on Saturday. Troops killed 15 of the insurgents, the army said.";
    const doc = processDoc(text, "2024-03-11");
    const words = doc.events[0].fatalities.evidence.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(words, ["killed seven", "killed 15"]);
  });

  it("two counts of one side are the same dead told twice: the lower stands", () => {
    const value = fatalitiesOf(
      "Gunmen killed five soldiers at a checkpoint near Djibo on Sunday. The army said seven soldiers died.",
    );
    assert.equal(value.best, 5);
  });

  it("a count of people is a total that may hold both sides: it is not added to them", () => {
    const value = fatalitiesOf(
      "Fighting between troops and rebels near Kidal killed 10 people on Saturday. Four soldiers were killed and six rebels died, the army said.",
    );
    assert.equal(value.best, 10);
  });
});
