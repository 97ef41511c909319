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
    // The longest country names: a state of 32 characters is still a dateline's.
    "GOMA, Democratic Republic of the Congo, Nov. 3 - ",
  ]) {
    it(`"${dateline.trim()}": the town is the dateline, the event is at Sake`, () => {
      const doc = run(dateline);
      assert.equal(labelOf(doc, "GOMA"), "DATELINE");
      const [event] = doc.events;
      assert.equal(event?.place?.value.location, "Sake");
    });
  }

  for (const dateline of ["Goma (Wire) - ", "Goma, Congo, Nov. 3 (Wire) - ", "Goma, Nov. 3 - "]) {
    it(`a town in title case with the wire tail, "${dateline.trim()}", is the dateline`, () => {
      assert.equal(labelOf(run(dateline), "Goma"), "DATELINE");
    });
  }

  it("a dateline's country, when the report names no other, gives an unplaced event its country", () => {
    const doc = processDoc(
      "Gunmen attack mosque\n\nKabul, Afghanistan, Nov. 1 (Wire) - Gunmen killed five worshippers in a mosque on Friday.",
      "2024-11-04",
    );
    const [event] = doc.events;
    assert.deepEqual(
      [event?.place?.value.iso3, event?.place?.value.precision, event?.place?.stated],
      ["AFG", 3, false],
    );
  });

  it("the dateline's country is no actor: 'CITY, Country, Mon. D (Agency) -' before a coalition's strike", () => {
    const doc = processDoc(
      "Jets strike rebel base\n\nGOMA, Congo, Nov. 3 (Wire) - The regional coalition carried out air strikes on rebel camps near Sake on Sunday.",
      "2024-11-04",
    );
    const names = doc.events.flatMap((e) => [e.actor1?.value.name, ...e.assocActors1.map((a) => a.value.name)]);
    assert.ok(!names.some((n) => n?.includes("Congo")), String(names));
  });

  it("a long country name in the dateline is no actor either: the sides named after it are", () => {
    const doc = processDoc(
      "Rebels and army clash\n\nGOMA, Democratic Republic of Congo, Nov. 3 - Fighting between M23 rebels and the Congolese army broke out near Sake on Sunday, officials said.",
      "2024-11-04",
    );
    const [event] = doc.events;
    assert.deepEqual(
      [event?.actor1?.value.name, event?.actor2?.value.name],
      ["M23", "Military Forces of the Democratic Republic of Congo"],
    );
  });

  it("negative: a headline in capitals before a dash and a name mid-sentence are no datelines", () => {
    const doc = processDoc(
      "TROOPS CLASH NEAR SAKE - REPORT\n\nResidents of GOMA, Congo said troops fought rebels near Sake on Sunday.",
      "2024-11-04",
    );
    assert.ok(!spansOf(doc, "places").some((s) => s.label === "DATELINE"));
  });

  it("negative: a title-case line opening 'Town, Country -' without a date or an agency is no dateline", () => {
    const doc = processDoc(
      "Troops clash\n\nGoma, Congo - a town under siege as troops fight rebels near Sake.",
      "2024-11-04",
    );
    assert.ok(!spansOf(doc, "places").some((s) => s.label === "DATELINE"));
  });
});
