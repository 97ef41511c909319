import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluateItems, halfOf, selectItems } from "./split-halves.js";

const IDS = Array.from({ length: 3000 }, (_, i) => `doc-${i}`);

describe("tune / check halves", () => {
  it("puts about two thirds of ids in tune and one third in check", () => {
    const check = IDS.filter((id) => halfOf(id) === "check").length / IDS.length;
    assert.ok(check > 0.3 && check < 0.37, `check share ${check}`);
  });

  it("depends on the id only, not on order or on the other items", () => {
    const forward = IDS.slice(0, 50).map(halfOf);
    const backward = IDS.slice(0, 50).reverse().map(halfOf).reverse();
    assert.deepEqual(forward, backward);
    assert.equal(halfOf("doc-7"), halfOf("doc-7"));
  });

  it("--half keeps only that half, and --limit counts within it", () => {
    const tune = selectItems(IDS, (id) => id, { half: "tune", limit: 10 });
    assert.equal(tune.length, 10);
    assert.ok(tune.every((id) => halfOf(id) === "tune"));
    assert.equal(selectItems(IDS, (id) => id, {}).length, IDS.length);
  });

  it("predicts each item once and summarises all, tune and check apart", () => {
    const items = IDS.slice(0, 30);
    let calls = 0;
    const result = evaluateItems(
      items,
      {
        idOf: (id) => id,
        predict: (id): number => (calls++, halfOf(id) === "tune" ? 1 : 0),
        summarise: (records) => ({
          n: records.length,
          unit: "docs",
          score: records.length ? records.reduce((a, b) => a + b, 0) / records.length : null,
          headline: "",
          fields: [],
        }),
      },
      {},
    );
    assert.equal(calls, 30);
    assert.equal(result.n, 30);
    assert.equal(result.halves!.tune.score, 1);
    assert.equal(result.halves!.check.score, 0);
    assert.equal(result.halves!.tune.n + result.halves!.check.n, 30);
  });
});
