// Being in custody is a state, not an arrest: "was in custody on Wednesday", "after three days in custody"
// tell no act of that day (lexicon/events/triggers.tsv keeps only the act, "taken into custody").
// Invented reports, published on Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");
const kinds = (doc: Doc) => doc.events.map((e) => e.subEventType.value);

describe("events: a stay in custody is no arrest", () => {
  it("'was released after three days in custody' makes no arrest", () => {
    const doc = run(
      "The editor of a weekly in Lusaka was released on Sunday after three days in custody, colleagues said.",
    );
    assert.ok(!kinds(doc).includes("Arrests"), kinds(doc).join(", "));
  });
});

describe("events: negative cases, the act of taking into custody", () => {
  it("'was taken into custody' is an arrest", () => {
    const doc = run("Police took an opposition organiser into custody in Lusaka on Sunday, his party said.");
    assert.ok(kinds(doc).includes("Arrests"), kinds(doc).join(", "));
  });
});
