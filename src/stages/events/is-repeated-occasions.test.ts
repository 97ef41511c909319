// "arrested on several occasions" is repeated incidents, a habit, not one incident (is-repeated-occasions.ts).
// Invented reports through the real pipeline; the report's own attack must still come out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2020-02-11");
const REAL = "Gunmen attacked a police post near Kaduna on Monday, killing four officers.";

describe("events: a clause told of several occasions is no incident", () => {
  it("'had been arrested on several occasions' makes no arrest record; the attack stays", () => {
    const doc = run(`${REAL} The suspect had been arrested on several occasions for theft, police said.`);
    assert.ok(!triggerWordsOf(doc).includes("arrested"), showEvents(doc));
    assert.ok(triggerWordsOf(doc).includes("attacked"), showEvents(doc));
  });

  it("'on three separate occasions' too", () => {
    const doc = run(`${REAL} Soldiers raided the village on three separate occasions last year, residents said.`);
    assert.ok(!triggerWordsOf(doc).includes("raided"), showEvents(doc));
  });

  it("negative case: 'shot three times' counts blows of one incident, which stays", () => {
    const doc = run("Gunmen shot a police officer three times at a checkpoint near Kaduna on Monday.");
    assert.deepEqual(triggerWordsOf(doc), ["shot"], showEvents(doc));
  });

  it("negative case: 'on one occasion' is one incident", () => {
    const doc = run("Soldiers raided the village of Dome on one occasion on Monday, residents said.");
    assert.ok(triggerWordsOf(doc).includes("raided"), showEvents(doc));
  });
});
