// An armed clash whose target is civilians is an attack on them (type-by-target.ts). Invented reports
// through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2024-03-04";

describe("events: the target decides between a clash and an attack on civilians", () => {
  it("'residents said gunmen attacked them, killing four': the dead are civilians, so it is an attack", () => {
    const records = processRecords(
      "Residents of Koro in Mali said gunmen attacked them on Sunday, killing four.",
      PUBLISHED,
    );
    assert.equal(records.length, 1, JSON.stringify(records.map((r) => r.sub_event_type)));
    assert.equal(records[0].actor2, "Civilians (Mali)");
    assert.equal(records[0].event_type, "Violence against civilians");
    assert.equal(records[0].sub_event_type, "Attack");
  });

  it("a clash between soldiers and militants stays a clash", () => {
    const records = processRecords("Soldiers clashed with militants near Koro in central Mali on Sunday.", PUBLISHED);
    assert.equal(records.length, 1, JSON.stringify(records.map((r) => r.sub_event_type)));
    assert.equal(records[0].sub_event_type, "Armed clash");
    assert.notEqual(records[0].actor2?.startsWith("Civilians"), true);
  });

  it("clashes between two armed sides that killed 'people' stay a battle between those sides", () => {
    const records = processRecords(
      "Clashes between soldiers and jihadists killed eight people near Koro in central Mali on Sunday.",
      PUBLISHED,
    );
    assert.equal(records.length, 1, JSON.stringify(records.map((r) => r.sub_event_type)));
    assert.equal(records[0].sub_event_type, "Armed clash");
    assert.notEqual(records[0].actor2?.startsWith("Civilians"), true);
    assert.equal(records[0].fatalities_best, 8);
  });
});
