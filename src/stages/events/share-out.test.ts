// ACLED's even split of a stated total, on the count "killed 30" as the numbers stage reads it from a report
// sentence ("... between June 1 and June 3 killed 30 people").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FatalityValue, Field } from "../../doc.js";
import { describeSplit, shareOut } from "./share-out.js";

const TEXT = "Fighting between the army and al-Shabaab militants in Baidoa between June 1 and June 3 killed 30 people.";
const start = TEXT.indexOf("killed 30");
const killed30: Field<FatalityValue> = {
  value: { known: true, low: 30, best: 30, high: 30 },
  evidence: [{ start, end: start + "killed 30".length, label: "KILLED", by: "numbers/casualty-pattern" }],
  stated: true,
};

describe("events: sharing a stated total out over split records", () => {
  it("two countries and two days: four shares of 30 are 9, 7, 7, 7 (the remainder to the first), summing to the total", () => {
    const parts = { places: 2, days: 2 };
    const shares = [0, 1, 2, 3].map((part) => shareOut(killed30, part, parts));
    assert.deepEqual(
      shares.map((s) => s.value.best),
      [9, 7, 7, 7],
    );
    assert.equal(
      shares.reduce((sum, s) => sum + (s.value.best ?? 0), 0),
      30,
    );
    assert.ok(shares.every((s) => s.stated === false && s.evidence === killed30.evidence));
    assert.deepEqual(describeSplit(killed30, 1, parts), {
      by: "place and day",
      part: 1,
      parts: 4,
      fatalities: killed30.value,
    });
  });

  it("split by place only, or by day only, says which", () => {
    assert.equal(describeSplit(killed30, 0, { places: 2, days: 1 })?.by, "place");
    assert.equal(describeSplit(killed30, 0, { places: 1, days: 3 })?.by, "day");
  });

  it("negative: one record, or an unknown toll, is not split", () => {
    assert.equal(shareOut(killed30, 0, { places: 1, days: 1 }), killed30);
    assert.equal(describeSplit(killed30, 0, { places: 1, days: 1 }), undefined);
    const unknown: Field<FatalityValue> = {
      value: { known: false, low: null, best: null, high: null },
      evidence: [],
      stated: false,
    };
    assert.equal(shareOut(unknown, 0, { places: 2, days: 1 }), unknown);
    assert.equal(describeSplit(unknown, 0, { places: 2, days: 1 }), undefined);
  });
});
