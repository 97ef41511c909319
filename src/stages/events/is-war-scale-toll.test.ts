// A war-scale toll with no day is a tally claim, not an incident (is-war-scale-toll.ts). Invented reports
// through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2026-12-07");
const RAID =
  "KHARTOUM, Dec 7 (Reuters) - Paramilitary fighters attacked a camp near the town of Kutum on Saturday, killing 20 people, medics said.";

describe("events: a toll of a war's scale with no day", () => {
  it('"between 10,000 and 15,000 people were killed in <town>" is a tally, and the raid keeps its own place', () => {
    const doc = run(`${RAID} Between 10,000 and 15,000 people were killed in Nyala, according to a UN panel.`);
    assert.ok(!doc.events.some((e) => e.fatalities?.value.best === 10000), showEvents(doc));
    assert.ok(!doc.events.some((e) => e.place?.value.location === "Nyala"), showEvents(doc));
    assert.ok((doc.claims ?? []).some((c) => c.kind === "tally"));
  });

  it("a dated attack with a toll of four figures stays an incident", () => {
    const doc = run(
      "JERUSALEM, Dec 7 (Reuters) - Gunmen killed 1,200 people in attacks on towns near the border on Sunday, officials said.",
    );
    assert.ok(doc.events.length > 0, showEvents(doc));
  });
});
