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

  it("pupils taken to hospital in the next sentence are the raid's injured, its dead stay its fatalities", () => {
    const doc = run(
      "Gunmen stormed a primary school in Kaduna state on Saturday, killing two teachers. Five pupils were taken to hospital, police said.",
    );
    assert.equal(doc.events.length, 1);
    assert.deepEqual(bounds(doc.events[0].fatalities.value), [2, 2, 2]);
    assert.deepEqual(bounds(doc.events[0].injuries!.value), [5, 5, 5]);
  });

  it("'were hospitalised' with no number says there were injured, not how many", () => {
    const [event] = run(
      "Rebels shelled a market in Goma on Saturday, and traders hit by shrapnel were hospitalised.",
    ).events;
    assert.equal(event.injuries?.value.known, true);
    assert.equal(event.injuries?.value.best, null);
  });

  it("a toll the report says rose replaces the first count: 'initially killing 9' and 'rose to 13' is 13", () => {
    const doc = run(
      "The death toll from Friday's bombing at a bus station in Jos rose to 13 on Sunday. The bomb exploded on Friday evening, initially killing nine people.",
    );
    assert.equal(doc.events.length, 1);
    assert.deepEqual(bounds(doc.events[0].fatalities.value), [13, 13, 13]);
  });

  it("one side's dead inside a total of all the dead are its part: '20 people' and then '15 rebels' is 20", () => {
    const doc = run(
      "Fighting between the army and rebels near Bunia killed at least 20 people on Saturday, officials said. " +
        "Soldiers repelled the rebel assault, killing 15 rebels, an army spokesman said.",
    );
    const best = doc.events.map((e) => e.fatalities.value.best);
    assert.ok(best.includes(20) && !best.includes(15), JSON.stringify(best));
  });

  describe("negative cases", () => {
    it("one side's dead above the total told are no part of it: the least still stands", () => {
      const doc = run(
        "Fighting between the army and rebels near Bunia killed five people on Saturday, officials said. " +
          "Soldiers repelled the rebel assault, killing 15 rebels, an army spokesman said.",
      );
      const best = doc.events.map((e) => e.fatalities.value.best);
      assert.ok(best.includes(5) && !best.includes(20), JSON.stringify(best));
    });

    it("the arrested and the marchers of a protest are neither its dead nor its injured", () => {
      const doc = run(
        "Police arrested 40 people in Nairobi on Saturday after 2,000 protesters marched 5 km to parliament.",
      );
      for (const e of doc.events) {
        assert.equal(e.fatalities.value.known, false);
        assert.equal(e.injuries?.value.known ?? false, false);
      }
    });

    it("the deaths of a past incident a court sentenced men over are no toll of today's arrest sweep", () => {
      const doc = run(
        "Security forces arrested 40 people in Nairobi on Saturday, police said. A court sentenced three men over the deaths of 12 people in 2019.",
      );
      assert.ok(doc.events.length >= 1);
      for (const e of doc.events) assert.equal(e.fatalities.value.known, false);
    });
  });
});
