// A clause with no place that hits a site its owner's country names ("an Israeli army base") is placed in
// that country, inferred, at geo_precision 3. Invented sentences, published on Thursday 2025-07-10.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, processRecords } from "../../testing/process-doc.js";

const records = (text: string) => processRecords(text, "2025-07-10");

describe("events: the country of a targeted site when the clause names no place", () => {
  it("'fired rockets at an Israeli army base': Israel, inferred, country precision", () => {
    const text = "The militia fired a barrage of rockets at an Israeli army base on Tuesday, the group said.";
    const [record] = records(text);
    assert.deepEqual([record?.country, record?.geo_precision], ["Israel", 3]);
    assert.equal(processDoc(text, "2025-07-10").events[0]?.place?.stated, false);
  });

  it("'shelled Ukrainian positions': Ukraine, read from the positions shelled", () => {
    const [record] = records("Russian forces shelled Ukrainian positions on Monday.");
    assert.equal(record?.country, "Ukraine");
  });

  describe("negative cases", () => {
    it("a country's drones move: 'shot down 20 Russian drones' is not placed in Russia", () => {
      const placed = records("Air defences shot down 20 Russian drones overnight, the air force said.");
      assert.ok(!placed.some((r) => r.country === "Russia"), JSON.stringify(placed.map((r) => r.country)));
    });

    it("a place the clause names wins: 'at a Malian army post in Niger' is in Niger", () => {
      const [record] = records("Gunmen attacked a Malian army post in Niger on Sunday, killing four soldiers.");
      assert.equal(record?.country, "Niger");
    });
  });
});
