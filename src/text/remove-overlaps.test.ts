import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { removeOverlaps } from "./remove-overlaps.js";
import { contains, overlaps, overlapsAny } from "./span-overlap.js";

const r = (start: number, end: number, name = "") => ({ start, end, name });

describe("text: span overlap", () => {
  it("counts shared characters as overlap, touching ends as none", () => {
    assert.equal(overlaps(r(0, 5), r(4, 9)), true);
    assert.equal(overlaps(r(0, 5), r(5, 9)), false);
    assert.equal(overlapsAny([r(0, 2), r(10, 12)], r(11, 20)), true);
    assert.equal(overlapsAny([], r(0, 1)), false);
  });

  it("treats a range as containing itself and not a longer one", () => {
    assert.equal(contains(r(0, 5), r(0, 5)), true);
    assert.equal(contains(r(0, 5), r(1, 6)), false);
  });
});

describe("text: removeOverlaps", () => {
  it("keeps the longest of overlapping ranges and returns them in text order", () => {
    const kept = removeOverlaps([r(10, 12, "c"), r(0, 3, "a"), r(1, 8, "b")]);
    assert.deepEqual(
      kept.map((k) => k.name),
      ["b", "c"],
    );
  });

  it("at equal length keeps the one the priority ranks first, else the earlier one", () => {
    assert.deepEqual(
      removeOverlaps([r(0, 4, "x"), r(2, 6, "y")]).map((k) => k.name),
      ["x"],
    );
    const rank = (k: { name: string }) => (k.name === "y" ? 0 : 1);
    assert.deepEqual(
      removeOverlaps([r(0, 4, "x"), r(2, 6, "y")], rank).map((k) => k.name),
      ["y"],
    );
  });
});
