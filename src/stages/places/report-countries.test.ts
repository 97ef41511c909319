// The countries a report is about rank a name's readings: a demonym votes for the report's main country, so a
// lone name's own first reading does not decide it (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

function countryOf(text: string, name: string): string | undefined {
  const doc = processDoc(text, "2024-03-12");
  const place = spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === name && s.label === "TOWN");
  return place?.data?.country;
}

describe("places: the report's countries rank a name's readings", () => {
  it("'Lebanese soldiers clashed with gunmen in Tripoli': Lebanon's Tripoli, not the Libyan capital", () => {
    const text = "Lebanese soldiers clashed with gunmen in Tripoli on Monday, the army said.";
    assert.equal(countryOf(text, "Tripoli"), "Lebanon");
  });

  describe("negative cases", () => {
    it("'Libyan forces clashed with gunmen in Tripoli': the Libyan capital", () => {
      const text = "Libyan forces clashed with gunmen in Tripoli on Monday, the army said.";
      assert.equal(countryOf(text, "Tripoli"), "Libya");
    });

    it("a demonym of another country than the one named does not outvote it: 'Lebanese workers in Tripoli, Libya'", () => {
      const text = "Gunmen kidnapped two Lebanese workers in Tripoli, Libya, on Monday, the ministry said.";
      assert.equal(countryOf(text, "Tripoli"), "Libya");
    });
  });
});
