import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashFeature, hashFeatureTable, hashRange, hashString, makeFeatureTable, mixHash } from "./hash-feature.js";

describe("hash-feature: a feature table hashes as hashFeature does", () => {
  // Slot 0 holds 0; the others mix word hashes above 2^31, a mixed pair, small tags and a negative int32.
  const values = Int32Array.from([0, hashString("attack"), 17, mixHash(hashString("troops"), 5), -123456789]);
  const slots = [[0], [1], [2, 3], [1, 2, 3], [4, 0, 1], []];

  it("gives hashFeature(template, values...) for each feature, from template 0", () => {
    const out = new Int32Array(slots.length);
    assert.equal(hashFeatureTable(makeFeatureTable(slots), values, out), slots.length);
    const expected = slots.map((atoms, t) => hashFeature(t, ...(atoms.map((s) => values[s]) as [number])) | 0);
    assert.deepEqual([...out], expected);
  });

  it("numbers its templates from `first`, past the precomputed seeds too", () => {
    for (const first of [1, 126]) {
      const out = new Int32Array(slots.length);
      hashFeatureTable(makeFeatureTable(slots, first), values, out);
      const expected = slots.map(
        (atoms, i) => hashFeature(first + i, ...(atoms.map((s) => values[s]) as [number])) | 0,
      );
      assert.deepEqual([...out], expected);
    }
  });

  it("refuses a feature of more than three values", () => {
    assert.throws(() => makeFeatureTable([[1, 2, 3, 4]]), /at most 3/);
  });
});

describe("hash-feature: hashRange hashes a slice without making it", () => {
  it("equals hashString of every slice, empty ones and an astral character's halves included", () => {
    const text = "Kata’ib 😀 al-Shuhada";
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        assert.equal(hashRange(text, from, to), hashString(text.slice(from, to)), `${from}..${to}`);
  });

  it("negative case: a different slice of the same text hashes differently", () => {
    assert.notEqual(hashRange("attack", 0, 3), hashRange("attack", 3, 6));
  });
});
