// Where: "the village" of a clause that names no place is the town the report named before it. Invented
// sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

describe("events: 'the village' points back to the town named before it", () => {
  it("a day the parse hangs under the noun ('the village on Tuesday') gives the village no name of its own", () => {
    const doc = processDoc(
      "Residents of Tessit said soldiers attacked the village on Tuesday, killing four people. Mali's army denied it.",
      "2024-10-14",
    );
    assert.ok(
      doc.events.some((e) => e.place?.value.location === "Tessit"),
      showEvents(doc),
    );
  });
});
