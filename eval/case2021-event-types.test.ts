import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readSnippets, scoreSnippets } from "./case2021-event-types.js";

describe("case2021-event-types scorer", () => {
  it("reads the TSV and folds the 5 non-ACLED labels into NONE", () => {
    const dir = mkdtempSync(join(tmpdir(), "case2021-"));
    writeFileSync(join(dir, "dev.tsv"), "id\tEventSnippet\tSubType\n1\tJets bombed a village\tAIR_STRIKE\n2\tTalks resumed\tDIPLO\n3\tA gas leak exploded\tMAN_MADE_DISASTER\n");
    assert.deepEqual(readSnippets(dir).map((s) => s.gold), ["AIR_STRIKE", "NONE", "NONE"]);
    assert.equal(readSnippets(dir, 1).length, 1);
  });
  it("perfect prediction → 1, no events predicted for event snippets → 0", () => {
    const gold = ["AIR_STRIKE", "ARREST", "NONE"];
    assert.equal(scoreSnippets(gold.map((g) => ({ gold: g, predicted: g }))).score, 1);
    assert.equal(scoreSnippets(["AIR_STRIKE", "ARREST"].map((g) => ({ gold: g, predicted: "NONE" }))).score, 0);
  });
  it("a hand-checked partial case: 2 of 4 right → micro-F1 0.5", () => {
    const result = scoreSnippets([
      { gold: "AIR_STRIKE", predicted: "AIR_STRIKE" },
      { gold: "ARMED_CLASH", predicted: "AIR_STRIKE" },
      { gold: "NONE", predicted: "NONE" },
      { gold: "NONE", predicted: "ARREST" },
    ]);
    assert.equal(result.score, 0.5);
    const air = result.fields.find((f) => f.field === "AIR_STRIKE")!;
    assert.deepEqual([air.tp, air.fp, air.fn], [1, 1, 0]);
  });
});
