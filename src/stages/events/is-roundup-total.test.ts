// A lead that spreads a toll across a country, followed by the incidents one by one, is a tally claim
// (is-roundup-total.ts). Invented reports through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2026-12-07");
const DETAILS =
  "In Baghdad, a car bomb exploded near a market, killing eight people. In Kirkuk, a roadside bomb killed five soldiers.";

describe("events: a roundup lead's toll across a country", () => {
  it('"violence across Iraq killed 14" with two incidents told after it is no record of its own', () => {
    const doc = run(
      `BAGHDAD, Dec 7 (Reuters) - Violence across Iraq killed 14 people on Sunday, police said. ${DETAILS}`,
    );
    assert.ok(!doc.events.some((e) => e.fatalities?.value.best === 14), showEvents(doc));
    assert.equal(doc.events.length, 2, showEvents(doc));
  });

  it("a toll in one town with the same details after it stays an incident", () => {
    const doc = run(`BAGHDAD, Dec 7 (Reuters) - Gunmen killed 14 people in Mosul on Sunday, police said. ${DETAILS}`);
    assert.ok(
      triggerWordsOf(doc).some((w) => w.startsWith("killed")),
      showEvents(doc),
    );
  });
});
