import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { distanceKm } from "../src/text/gazetteer/distance-km.js";
import { anchorSpan, type GoldToponym, readGeoCorpus } from "./geoparsing-corpus.js";
import { accuracyAt161, endToEnd, medianKm, scoreDocument } from "./geoparsing-score.js";

// Hand-made sample (seed-article places), not benchmark text: Baghdad 33.3406/44.4009, Erbil 36.1901/44.0091.
const TEXT = "Rockets hit Erbil, Iraq, and a drone was shot down near Baghdad.";
const gold: GoldToponym[] = [
  { start: 12, end: 17, name: "Erbil", latitude: 36.1901, longitude: 44.0091 },
  { start: 19, end: 23, name: "Iraq", latitude: 33, longitude: 44 },
  { start: 56, end: 63, name: "Baghdad", latitude: 33.3406, longitude: 44.4009 },
];

describe("geoparsing scorer", () => {
  it("haversine: Baghdad to Erbil is about 319 km, and a point to itself is 0", () => {
    const km = distanceKm({ latitude: 33.3406, longitude: 44.4009 }, { latitude: 36.1901, longitude: 44.0091 });
    assert.ok(Math.abs(km - 318.6) < 2, String(km));
    assert.equal(distanceKm({ latitude: 10, longitude: 20 }, { latitude: 10, longitude: 20 }), 0);
  });

  it("perfect prediction finds and places every toponym", () => {
    const c = scoreDocument(gold, gold);
    assert.deepEqual([c.found, c.placed, c.predicted], [3, 3, 3]);
    assert.equal(accuracyAt161(c), 1);
  });

  it("no prediction scores 0", () => {
    const c = scoreDocument(gold, []);
    assert.deepEqual([c.found, c.placed], [0, 0]);
    assert.equal(accuracyAt161(c), 0);
  });

  it("a partial case: Erbil overlapped but pinned on Baghdad (319 km) is found, not placed; one false positive", () => {
    const predicted = [
      { start: 12, end: 23, latitude: 33.3406, longitude: 44.4009 }, // "Erbil, Iraq" as one span, wrong point
      { start: 56, end: 63, latitude: 33.3, longitude: 44.4 }, // Baghdad, 4.5 km off
      { start: 0, end: 7, latitude: 0, longitude: 0 }, // "Rockets"
    ];
    const c = scoreDocument(gold, predicted);
    // One-to-one: the wide span is used by Erbil, so Iraq is not found.
    assert.deepEqual([c.found, c.placed, c.predicted], [2, 1, 3]);
    assert.equal(accuracyAt161(c), 1 / 3);
    assert.ok(Math.abs(medianKm(c.errorsKm)! - (318.6 + 4.5) / 2) < 2);
    // End to end only Baghdad is right: P 1/3 (the far Erbil and "Rockets" are wrong), R 1/3.
    const e = endToEnd(c);
    assert.deepEqual([e.precision, e.recall], [1 / 3, 1 / 3]);
    assert.ok(Math.abs(e.f1! - 1 / 3) < 1e-9);
  });

  it("end to end: extra predictions lower precision while accuracy@161 stays", () => {
    const extra = [...gold.map((g) => ({ ...g })), { start: 100, end: 105, latitude: 0, longitude: 0 }];
    const c = scoreDocument(gold, extra);
    assert.equal(accuracyAt161(c), 1);
    assert.equal(endToEnd(c).precision, 3 / 4);
  });

  it("gold without coordinates counts for detection but not for accuracy", () => {
    const c = scoreDocument(
      [{ start: 0, end: 5, name: "Erbil", latitude: null, longitude: null }],
      [{ start: 0, end: 5, latitude: 1, longitude: 1 }],
    );
    assert.deepEqual([c.found, c.goldWithPoint, accuracyAt161(c)], [1, 0, null]);
    assert.equal(endToEnd(c).precision, null, "a prediction on gold without a point is not judged");
  });

  it("reads both XML shapes and re-anchors offsets that are one character early", () => {
    const dir = mkdtempSync(join(tmpdir(), "geo-"));
    const file = join(dir, "x.xml");
    writeFileSync(
      file,
      `<articles><article docid="7"><dltime>2021-06-28 10:00</dltime><text>${TEXT.replace("and", "&amp;")}</text><toponyms>` +
        `<toponym><start>12</start><end>17</end><phrase>Erbil</phrase><gaztag><lat>36.19</lat><lon>44.01</lon></gaztag></toponym>` +
        `<toponym><start>19</start><end>23</end><phrase>Iraq</phrase></toponym></toponyms></article>` +
        `<article><text>${TEXT}</text><locations><location><name>Baghdad</name><start>55</start><end>62</end><lat>33.34</lat><lon>44.4</lon></location></locations></article></articles>`,
    );
    const [lgl, virus] = readGeoCorpus(file);
    assert.equal(lgl.text.slice(25, 26), "&");
    assert.deepEqual(
      lgl.toponyms.map((t) => [lgl.text.slice(t.start, t.end), t.latitude]),
      [
        ["Erbil", 36.19],
        ["Iraq", null],
      ],
    );
    assert.equal(lgl.published, "2021-06-28");
    assert.deepEqual(
      virus.toponyms.map((t) => [virus.text.slice(t.start, t.end), t.start]),
      [["Baghdad", 56]],
    );
    assert.equal(anchorSpan(TEXT, "Mosul", 10), undefined);
  });
});
