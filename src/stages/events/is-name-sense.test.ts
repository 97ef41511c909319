// A trigger word the report uses as a name keeps that sense elsewhere in the report (issue 18). Invented
// reports through the real pipeline; the negative case keeps a crowd's rally beside a party of that name.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (lines: string[]): string[] => triggerWordsOf(processDoc(lines.join("\n"), "2021-06-28"));

describe("events: one sense of a name per report", () => {
  it("a race named a rally in the body is no protest in the capitals of the headline", () => {
    const report = [
      "RALLYING-NORDIN WINS ALPINE RALLY.",
      "Lars Nordin of Sweden on Sunday won the Alpine Rally, the eighth round of the world championship.",
      "He finished 40 seconds ahead of the Finn Mikko Lehto.",
      "The Swede is now third in the drivers' standings.",
      "Lehto had led after the first day.",
      "The next round is in Portugal next month.",
    ];
    assert.deepEqual(triggersOf(report), []);
  });

  describe("negative cases", () => {
    it("a force named in capitals inside its sentence is no name standing for itself", () => {
      const text =
        "The Libyan Air Force destroyed several trucks near the town of Sirte on Monday, a military source said.";
      assert.deepEqual(triggerWordsOf(processDoc(text, "2021-06-28")), ["Air Force destroyed"]);
    });

    it("supporters who join a rally stay a protest beside a party named a rally", () => {
      const report = [
        "Thousands of supporters joined a rally in the capital on Sunday, the Rally for Unity party said.",
        "The crowd marched to parliament.",
        "Leaders of the party spoke to the crowd.",
        "The party wants early elections.",
        "The government made no comment.",
        "Police said the day passed calmly.",
      ];
      assert.deepEqual(triggersOf(report), ["rally"]);
    });
  });
});
