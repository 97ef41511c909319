// An attack told as the ground of a charge in a year before the report's, or as what an anniversary
// remembers, is no new incident (is-trial-subject.ts); a charge over a recent attack keeps it. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2021-06-28");
const killings = (text: string) => run(text).events.filter((e) => e.eventType.value === "Violence against civilians");

describe("events: old attacks told in a charge or an anniversary", () => {
  it('"indicted for the killing of twelve farmers in 2014" is no incident of the report\'s week', () => {
    const text =
      "Prosecutors in Bunia indicted three soldiers on Monday for the killing of 12 farmers near Solle in 2014.";
    assert.deepEqual(killings(text), [], showEvents(run(text)));
  });

  it('"charged with murdering 30 civilians in 2018" is no incident either', () => {
    const text = "A former militia commander was charged on Tuesday with murdering 30 civilians in Ituri in 2018.";
    assert.deepEqual(killings(text), [], showEvents(run(text)));
  });

  it('a relative clause of "the anniversary of the massacre" tells the remembered massacre', () => {
    const text =
      "Hundreds of people gathered in Solle on Sunday to mark the tenth anniversary of the massacre, in which soldiers killed 40 villagers.";
    assert.deepEqual(killings(text), [], showEvents(run(text)));
  });

  it("a charge over last week's killing keeps the killing: a recent attack may have no other report", () => {
    const text = "Police arrested three men on Sunday over the killing of 12 farmers near Solle last week.";
    assert.equal(killings(text).length, 1, showEvents(run(text)));
  });

  it("a relative clause about a building's past keeps the attack on it", () => {
    const text =
      "Gunmen killed 12 worshippers on Sunday in an attack on a church in the village, which was built in 1920.";
    assert.equal(killings(text).length, 1, showEvents(run(text)));
  });
});
