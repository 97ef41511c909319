import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clusterKeyOf } from "./cluster-key.js";
import { decodeWordClusters, encodeWordClusters } from "./word-clusters-file.js";

describe("word clusters file", () => {
  it("reads back the levels and each word's classes as written", () => {
    const clusters = {
      levels: [2, 8],
      classes: new Map([
        ["rebels", [1, 5]],
        ["shelled", [0, 2]],
      ]),
    };
    const decoded = decodeWordClusters(encodeWordClusters(clusters, "invented"));
    assert.deepEqual(decoded.levels, [2, 8]);
    assert.deepEqual([...decoded.classes], [...clusters.classes]);
  });
});

describe("clusterKeyOf", () => {
  it("lower-cases and writes every digit as 0", () => {
    assert.equal(clusterKeyOf("Mosul"), "mosul");
    assert.equal(clusterKeyOf("AK-47"), "ak-00");
    assert.equal(clusterKeyOf("1,250"), "0,000");
  });
});
