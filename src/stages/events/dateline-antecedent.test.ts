// Where: "the city" and "the capital" of a wire report point back to its dateline's city when the report names
// no other town before them. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const PUBLISHED = "2024-10-14";

describe("events: 'the city' and 'the capital' after a dateline", () => {
  it("'the capital' under a capital's dateline is that city, as a town (geo_precision 1)", () => {
    const doc = processDoc(
      "MOGADISHU (Reuters) - A roadside bomb went off in the capital on Tuesday, killing four people, police said.",
      PUBLISHED,
    );
    assert.equal(doc.events[0]?.place?.value.location, "Mogadishu", showEvents(doc));
    assert.equal(doc.events[0]?.place?.value.precision, 1);
  });

  it("'the Malian capital': a demonym the parse takes for a name still leaves the noun pointing back", () => {
    const doc = processDoc(
      "BAMAKO (Reuters) - Gunmen stormed a police post in the Malian capital on Monday, killing two officers.",
      PUBLISHED,
    );
    assert.equal(doc.events[0]?.place?.value.location, "Bamako", showEvents(doc));
  });

  it("'the city' under a dateline is the dateline's city", () => {
    const doc = processDoc(
      "KANDAHAR (AP) - A suicide bomber killed nine worshippers at a mosque in the city on Friday, officials said.",
      PUBLISHED,
    );
    assert.equal(doc.events[0]?.place?.value.location, "Kandahār", showEvents(doc));
  });

  it("negative: 'the capital' is no dateline city that is not its country's capital", () => {
    const doc = processDoc(
      "KANDAHAR (AP) - A suicide bomber killed nine worshippers at a mosque in the capital on Friday, officials said.",
      PUBLISHED,
    );
    assert.notEqual(doc.events[0]?.place?.value.location, "Kandahār", showEvents(doc));
  });

  it("'the Somali capital' named only later in the report is the capital named later", () => {
    const doc = processDoc(
      "Police in the Somali capital fired tear gas on Tuesday at hundreds of protesters. Some threw stones at officers on a main road in Mogadishu.",
      PUBLISHED,
    );
    assert.equal(doc.events[0]?.place?.value.location, "Mogadishu", showEvents(doc));
  });

  it("negative: a city named later that is not the country's capital is not 'the capital'", () => {
    const doc = processDoc(
      "Police in the Somali capital fired tear gas on Tuesday at hundreds of protesters. Some threw stones at officers on a main road in Kismayo.",
      PUBLISHED,
    );
    assert.notEqual(doc.events[0]?.place?.value.location, "Kismayo", showEvents(doc));
  });
});
