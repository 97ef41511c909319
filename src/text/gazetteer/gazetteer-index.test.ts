import assert from "node:assert/strict";
import { describe, it } from "node:test";
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

  it("reads an index whose bytes start at an odd offset (a pooled Buffer)", () => {
    const encoded = encodeIndex(lines);
    const shifted = Buffer.concat([Buffer.from([0]), encoded]).subarray(1);
    assert.equal(findNameLine(decodeIndex(shifted), "goma"), "goma\t2");
  });

  it("refuses a file that is not an index", () => {
    assert.throws(() => decodeIndex(Buffer.from("#places\t3\n")), /not a sitrep gazetteer index/);
  });
});
