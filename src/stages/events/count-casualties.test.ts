// An incident's fatalities and injuries (issue 18, numbers attached to the wrong thing): each bound comes
// from the words about that kind of casualty, and low <= best <= high. Invented reports, published on
// Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, FatalityValue } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");

function bounds(value: FatalityValue): [number | null, number | null, number | null] {
  return [value.low, value.best, value.high];
}

function assertOrdered(value: FatalityValue) {
  const { low, best, high } = value;
  if (low !== null && best !== null) assert.ok(low <= best, `low ${low} > best ${best}`);
  if (best !== null && high !== null) assert.ok(best <= high, `best ${best} > high ${high}`);
}

describe("events: casualties of an incident", () => {
  it("'killed nine ... and wounded four others': the deaths' number is no bound of the injuries", () => {
    const [event] = run(
      "Bandits killed nine herders and wounded four others in a raid on a cattle market near Sokoto on Saturday.",
    ).events;
    assert.deepEqual(bounds(event.fatalities.value), [9, 9, 9]);
    assert.deepEqual(bounds(event.injuries!.value), [4, 4, 4]);
    assertOrdered(event.fatalities.value);
    assertOrdered(event.injuries!.value);
  });

  it("'106 protesters in 21 cities were injured' gives 106 injured, not 21", () => {
    const doc = run(
      "Police fired tear gas at crowds on Saturday, and at least 106 protesters in 21 cities were injured, medics said.",
    );
    const injured = doc.events.map((e) => e.injuries?.value.best).filter((n) => n !== null && n !== undefined);
    assert.ok(injured.includes(106), JSON.stringify(injured));
    assert.ok(!injured.includes(21), JSON.stringify(injured));
  });
});
