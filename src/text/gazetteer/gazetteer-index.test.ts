import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { decodeIndex, encodeIndex, findNameLine, readLine } from "./gazetteer-index.js";

describe("places: gazetteer index file", () => {
  const lines = {
    places: ["1\tAl Qa’im\t34.4\t41.1", "2\tŞanlıurfa\t37.2\t38.8", "3\tGoma\t-1.7\t29.2"],
    names: ["al qaim\t0", "goma\t2", "sanliurfa\t1,0", "şanlıurfa\t1"].sort(),
  };

  it("reads back every place row and finds every name, multi-byte characters included", () => {
    const index = decodeIndex(encodeIndex(lines));
    assert.deepEqual(
      [0, 1, 2].map((i) => readLine(index, index.placeOffsets, i)),
      lines.places,
    );
    for (const line of lines.names) assert.equal(findNameLine(index, line.split("\t")[0]), line);
  });

  it("a name not in the index is null, before, between and after the stored names", () => {
    const index = decodeIndex(encodeIndex(lines));
    for (const missing of ["", "aaa", "gom", "gomaa", "zzz"]) assert.equal(findNameLine(index, missing), null);
  });

  it("finds exactly the stored names among any names, ASCII or not, by byte or by string comparison", () => {
    const name = fc.string({ unit: fc.constantFrom("a", "b", "z", " ", "é", "ş", "\uffe0", "😀"), maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), fc.array(name, { maxLength: 10 }), (stored, probes) => {
        const names = stored.map((n, i) => `${n}\t${i}`).sort();
        const index = decodeIndex(encodeIndex({ places: [], names }));
        for (const key of [...stored, ...probes])
          assert.equal(findNameLine(index, key), names.find((line) => line.split("\t")[0] === key) ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it("reads an index whose bytes start at an odd offset (a pooled Buffer)", () => {
    const encoded = encodeIndex(lines);
    const shifted = Buffer.concat([Buffer.from([0]), encoded]).subarray(1);
    assert.equal(findNameLine(decodeIndex(shifted), "goma"), "goma\t2");
  });

  it("refuses a file that is not an index", () => {
    assert.throws(() => decodeIndex(Buffer.from("#places\t3\n")), /not a sitrep gazetteer index/);
  });
});
