// "without" denies what it marks (read-irrealis.ts): "left without arresting him" reports no arrest,
// "surrendered without a fight" no fight. An event told beside it stays. Invented reports, published on
// Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-11");
const kinds = (doc: Doc) => doc.events.map((e) => e.subEventType.value);

describe("events: what 'without' marks did not happen", () => {
  it("'without arresting him' is no arrest", () => {
    const doc = run(
      "The court let the general attend a summit in Nairobi on Sunday without arresting him, officials said.",
    );
    assert.ok(!kinds(doc).includes("Arrests"), kinds(doc).join(", "));
  });
});

describe("events: negative cases, the event told beside 'without'", () => {
  it("police who arrested a man without a warrant still arrested him", () => {
    const doc = run("Police arrested an opposition activist in Nairobi on Sunday without a warrant, his lawyer said.");
    assert.ok(kinds(doc).includes("Arrests"), kinds(doc).join(", "));
  });
});
