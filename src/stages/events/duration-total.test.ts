// "had shelled the city for months": a bare plural period after a marker of duration is a stretch of
// many incidents, a total (read-irrealis.ts), like "over six years".
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");
const REAL = "Gunmen attacked a bus near Kano on Monday, killing two passengers.";

describe("events: 'for months' is a stretch of time, not one incident", () => {
  it("'had bombarded the port for months and killed hundreds' makes no record", () => {
    const doc = run(
      `${REAL} The governor said rebel gunners had bombarded the port of Hodeidah for months and killed hundreds of people.`,
    );
    assert.deepEqual(triggerWordsOf(doc), ["attacked"], showEvents(doc));
  });

  it("'had shelled the market of X for weeks', the weeks hung on the object, makes no record either", () => {
    const doc = run(
      `${REAL} Residents said soldiers had shelled the market of Kadugli for weeks and killed dozens of traders.`,
    );
    assert.deepEqual(triggerWordsOf(doc), ["attacked"], showEvents(doc));
  });

  it("'over years' too", () => {
    const doc = run(`${REAL} Villagers said militias had raided their farms over years.`);
    assert.ok(!triggerWordsOf(doc).includes("raided"), showEvents(doc));
  });

  it("negative case: 'for the first time' is no period, and the raid of that day stays", () => {
    const doc = run("Militias raided the farms of Dogo village for the first time on Sunday, killing three farmers.");
    assert.equal(doc.events.length, 1, showEvents(doc));
  });
});
