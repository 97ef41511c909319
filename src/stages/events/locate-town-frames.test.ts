// Where: a town the clause names through its kind ("the town of X"), past a speaker ("residents said"), a
// province's seat of the same name, and a toll that follows "the capital". Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-10-14");

describe("events: a town named by its kind or past a speaker", () => {
  it("'attacked the town of X on Monday, killing 40': X", () => {
    const doc = run("Fighters attacked the town of Kadugli on Monday, killing 40 people.");
    assert.deepEqual(
      doc.events.map((e) => e.place?.value.location),
      ["Kadugli"],
      showEvents(doc),
    );
  });

  it("'attacked the town of X on Monday, residents said, killing 40': X", () => {
    const doc = run("Fighters attacked the town of Kadugli on Monday, residents said, killing 40 people.");
    assert.equal(doc.events[0]?.place?.value.location, "Kadugli", showEvents(doc));
  });

  it("'a market in Marib': the city, the seat of the province of that name", () => {
    const doc = run("Gunmen opened fire in a market in Marib on Tuesday, killing five civilians.");
    assert.equal(doc.events[0]?.place?.value.precision, 1, showEvents(doc));
  });

  it("a toll after 'the Somali capital ... in Mogadishu' joins the protest placed there", () => {
    const doc = run(
      "Police in the Somali capital fired tear gas on Tuesday at hundreds of protesters. Some threw stones at officers on a main road in Mogadishu. At least two people were shot dead, according to a rights group.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
  });

  it("negative: 'Marib province' stays the province", () => {
    const doc = run("Gunmen opened fire in a market in Marib province on Tuesday, killing five civilians.");
    assert.equal(doc.events[0]?.place?.value.precision, 3, showEvents(doc));
  });
});
