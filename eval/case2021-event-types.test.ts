import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readSnippets, type SnippetPrediction, scoreSnippets, weightedF1 } from "./case2021-event-types.js";

const row = (gold: string, predicted: string, violent = predicted !== "NONE"): SnippetPrediction => ({
  gold,
  predicted,
  violent,
});

describe("case2021-event-types scorer", () => {
  it("reads the TSV with the gold labels as written", () => {
    const dir = mkdtempSync(join(tmpdir(), "case2021-"));
    writeFileSync(
      join(dir, "dev.tsv"),
      "id\tEventSnippet\tSubType\n1\tJets bombed a village\tAIR_STRIKE\n2\tTalks resumed\tDIPLO\n3\tA gas leak exploded\tMAN_MADE_DISASTER\n",
    );
    assert.deepEqual(
      readSnippets(dir).map((s) => s.gold),
      ["AIR_STRIKE", "DIPLO", "MAN_MADE_DISASTER"],
    );
    assert.equal(readSnippets(dir, 1).length, 1);
  });

  it("perfect prediction → 1, no events predicted for event snippets → 0", () => {
    assert.equal(
      scoreSnippets([row("AIR_STRIKE", "AIR_STRIKE"), row("ARREST", "ARREST"), row("DIPLO", "NONE")]).score,
      1,
    );
    assert.equal(scoreSnippets([row("AIR_STRIKE", "NONE"), row("ARREST", "NONE")]).score, 0);
  });

  it("non-ACLED snippets stay out of the weighted F1 and make the rejection rate", () => {
    const result = scoreSnippets([
      row("AIR_STRIKE", "AIR_STRIKE"),
      row("DIPLO", "NONE"),
      row("ORG_CRIME", "ATTACK"),
      row("ATTRIB", "AGREEMENT", false),
    ]);
    assert.equal(result.score, 1, "a false event on a crime snippet does not touch the ACLED headline");
    assert.equal(
      result.metrics?.[0].value,
      2 / 3,
      "the crime snippet's attack is the one failure; an agreement is not violence",
    );
  });

  it("weighted F1 by hand: supports 2 and 1, label F1s 2/3 and 0 → 4/9", () => {
    // AIR_STRIKE: tp 1, fn 1, fp 0 → F1 2/3 (support 2); ARMED_CLASH: tp 0, fn 1, fp 1 → F1 0 (support 1).
    const pairs = [
      { gold: "AIR_STRIKE", predicted: "AIR_STRIKE" },
      { gold: "AIR_STRIKE", predicted: "ARMED_CLASH" },
      { gold: "ARMED_CLASH", predicted: "NONE" },
    ];
    assert.ok(Math.abs((weightedF1(pairs) ?? -1) - 4 / 9) < 1e-9);
  });
});
