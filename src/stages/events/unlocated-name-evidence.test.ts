// Where: a name the text frames as a place ("near X") that the gazetteer lacks joins the evidence of the
// coarser place the event falls back to. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const PUBLISHED = "2024-10-14";

function evidenceWords(text: string): string[][] {
  const doc = processDoc(text, PUBLISHED);
  return doc.events.map((e) => (e.place?.evidence ?? []).map((s) => doc.text.slice(s.start, s.end)));
}

describe("events: an unlocated name framed as a place is evidence of the fallback place", () => {
  it("'fighting near X' with X unknown: the country stays the value, X its evidence", () => {
    const text =
      "GOMA, Congo (Reuters) - Fighting near Minova between rebels and the army killed 12 civilians on Monday.";
    const doc = processDoc(text, PUBLISHED);
    const place = doc.events[0]?.place;
    assert.equal(place?.value.precision, 3, showEvents(doc));
    assert.ok(
      place?.evidence.some((s) => doc.text.slice(s.start, s.end) === "Minova"),
      JSON.stringify(evidenceWords(text)),
    );
  });

  it("negative: a located town is the place itself, with no second name in its evidence", () => {
    const words = evidenceWords("GOMA, Congo (Reuters) - Fighting near Sake killed 12 civilians on Monday.");
    assert.deepEqual(words, [["Sake"]]);
  });
});
