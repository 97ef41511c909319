// "Police denied reports that 12 people were killed in an attack": the denied account is no incident
// (is-denied-report.ts); the same report's own past attack still is, and a denial of who did it keeps the event.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");
const REAL = "Gunmen attacked a village near Kontagora on Sunday, killing five farmers, residents said.";

describe("events: the content of denied reports is no incident", () => {
  it("'denied reports on radio that 20 people had been killed in an attack' makes no record of it", () => {
    const doc = run(
      `${REAL} The state police denied reports on local radio that 20 people had been killed in an attack on a mosque in Rijau on Monday.`,
    );
    assert.deepEqual(
      doc.events.map((e) => e.place?.value.location),
      ["Kontagora"],
      showEvents(doc),
    );
  });

  it("'rejected claims that troops shelled the town' makes no shelling record", () => {
    const doc = run(`${REAL} The army rejected claims that troops shelled Mokwa on Monday.`);
    assert.ok(!triggerWordsOf(doc).includes("shelled"), showEvents(doc));
    assert.ok(doc.events.length >= 1, showEvents(doc));
  });

  it("a denial of who did it still leaves the bombing: 'denied carrying out the bombing that killed 12'", () => {
    const doc = run("Al-Shabaab denied carrying out the bombing in Baidoa on Sunday that killed 12 people.");
    assert.equal(doc.events.length, 1, showEvents(doc));
  });
});
