// A demonym several countries share names the largest of them (issue 18): "French troops" are France's,
// not the French Southern and Antarctic Lands', and "Dutch" is the Netherlands', as the places stage reads
// them. Invented phrases.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testEntityLexicons } from "../../testing/test-resources.js";

const nationalityOf = (text: string) =>
  testEntityLexicons()
    .actors.find(text)
    .filter((m) => m.entry.label === "NORP")
    .map((m) => [text.slice(m.start, m.end), m.entry.iso3]);

describe("entities: a demonym several countries share", () => {
  it("'French', 'Dutch', 'Dominican' name the largest country that has them", () => {
    assert.deepEqual(nationalityOf("French soldiers"), [["French", "FRA"]]);
    assert.deepEqual(nationalityOf("Dutch marines"), [["Dutch", "NLD"]]);
    assert.deepEqual(nationalityOf("Dominican police"), [["Dominican", "DOM"]]);
  });

  describe("negative cases", () => {
    it("a demonym only one country has keeps it", () => {
      assert.deepEqual(nationalityOf("Malian troops"), [["Malian", "MLI"]]);
    });
  });
});
