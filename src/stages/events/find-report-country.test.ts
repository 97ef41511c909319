// The report's country, read once per document for both its users: the actors' fallback country and the
// places' focus country (issue 18, places in context). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";
import { findReportCountry, readReportCountry } from "./find-report-country.js";

const run = (text: string): Doc => processDoc(text, "2024-10-07");

describe("events: the report's country", () => {
  it("is read once per document: every incident gets the same answer", () => {
    const doc = run("Gunmen attacked a village near Tillaberi in Niger on Sunday. Niger's army said it killed ten.");
    const first = readReportCountry(doc);
    assert.equal(first?.country.iso3, "NER");
    assert.equal(readReportCountry(doc), first);
  });

  it("a report about one country is its focus, with the place spans that name it", () => {
    const doc = run("Gunmen attacked a village near Tillaberi in Niger on Sunday. Niger's army said it killed ten.");
    const found = readReportCountry(doc);
    assert.equal(found?.isFocus, true);
    for (const span of found?.mentions ?? []) assert.equal(span.data?.iso3, "NER");
  });

  describe("negative cases", () => {
    it("a report split between two countries has a top country for its actors but no focus", () => {
      const doc = run("Ethiopia and Eritrea held talks in Asmara on Sunday. Ethiopia said the talks went well.");
      const found = readReportCountry(doc);
      assert.ok(found, "a country is named");
      assert.equal(found.isFocus, false);
    });

    it("a demonym alone places nothing: no country for an actor the text does not place", () => {
      const doc = run("The 1920 massacre of 300 villagers by Portuguese soldiers was remembered on Sunday.");
      assert.equal(findReportCountry(doc), null);
    });
  });
});
