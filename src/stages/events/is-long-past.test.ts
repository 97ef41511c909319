// An incident dated long before the report is history, not news. Invented sentences through processText.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string, published = "2025-06-12"): string[] => triggerWordsOf(processDoc(text, published));

describe("events: an incident dated long before the report", () => {
  // Six sentences with no weapon, casualty or armed actor: the rule is asked only in such a report.
  it("in a report with no conflict evidence, a bombing a court tried ten years back is no event", () => {
    const report = [
      "A court jailed two men on Thursday over the 2015 bombing of a bus station.",
      "The judges read their verdict for two hours.",
      "Relatives of the victims wept in the courtroom.",
      "Defence lawyers said they would appeal.",
      "The trial lasted two years and heard 150 witnesses.",
      "The ruling can be appealed within 30 days.",
    ].join(" ");
    assert.deepEqual(triggersOf(report), []);
  });

  it("an attack dated in the week of the report stays an event", () => {
    assert.ok(triggersOf("Gunmen attacked a bus station in Maiduguri on Tuesday, killing four people.").length > 0);
  });

  it("without a publication date nothing is history", () => {
    const result = processText("Rebels captured the town of Bunia in 2003.", { origin: "test" });
    assert.ok("doc" in result);
    assert.ok(result.doc.events.length > 0);
  });
});
