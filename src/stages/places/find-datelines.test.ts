// Datelines in their common wire forms (issue 18): the town is labelled DATELINE, never an event's TOWN, and
// the country after it names where the report was filed, so it makes no actor. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Doc, spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const BODY = "Government troops fought rebels near Sake on Sunday, killing six fighters, the army said.";
const run = (dateline: string): Doc => processDoc(`Rebels attack army posts\n\n${dateline}${BODY}`, "2024-11-04");
const labelOf = (doc: Doc, word: string) =>
  spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === word)?.label;

describe("places: wire datelines", () => {
  for (const dateline of [
    "GOMA, Congo, Nov. 3 (Wire) - ",
    "GOMA, Congo, November 3, 2024 (Wire) - ",
    "GOMA (Wire) - ",
    "GOMA, Nov. 3 - ",
    "GOMA, North Kivu (Wire) - ",
  ]) {
    it(`"${dateline.trim()}": the town is the dateline, the event is at Sake`, () => {
      const doc = run(dateline);
      assert.equal(labelOf(doc, "GOMA"), "DATELINE");
      const [event] = doc.events;
      assert.equal(event?.place?.value.location, "Sake");
    });
  }

  it("the dateline's country is no actor: 'CITY, Country, Mon. D (Agency) -' before a coalition's strike", () => {
    const doc = processDoc(
      "Jets strike rebel base\n\nGOMA, Congo, Nov. 3 (Wire) - The regional coalition carried out air strikes on rebel camps near Sake on Sunday.",
      "2024-11-04",
    );
    const names = doc.events.flatMap((e) => [e.actor1?.value.name, ...e.assocActors1.map((a) => a.value.name)]);
    assert.ok(!names.some((n) => n?.includes("Congo")), String(names));
  });

  it("negative: a headline in capitals before a dash and a name mid-sentence are no datelines", () => {
    const doc = processDoc(
      "TROOPS CLASH NEAR SAKE - REPORT\n\nResidents of GOMA, Congo said troops fought rebels near Sake on Sunday.",
      "2024-11-04",
    );
    assert.ok(!spansOf(doc, "places").some((s) => s.label === "DATELINE"));
  });
});
