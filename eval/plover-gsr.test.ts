import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readGsr, scoreGsr, toPlover2021 } from "./plover-gsr.js";

describe("plover-gsr scorer", () => {
  it("renames GSR 0.5 labels to PLOVER 2021 and skips the DOCUMENT record", () => {
    assert.equal(toPlover2021("DEMAND"), "REQUEST");
    assert.equal(toPlover2021("FIGHT"), "ASSAULT");
    assert.equal(toPlover2021("AGREE"), "AGREE");
    const dir = mkdtempSync(join(tmpdir(), "plover-"));
    const records = [
      { id: "d", event: "DOCUMENT", eventText: "docs" },
      { id: "a", event: "DISAPPROVE", text: "X criticized Y." },
    ];
    writeFileSync(join(dir, "dev.json"), JSON.stringify(records));
    assert.deepEqual(readGsr(dir), [{ id: "a", text: "X criticized Y.", gold: "ACCUSE" }]);
  });
  it("accuracy: perfect 1, nothing predicted 0, 1 of 3 → 1/3", () => {
    assert.equal(scoreGsr([{ gold: "AGREE", predicted: "AGREE" }]).score, 1);
    assert.equal(scoreGsr([{ gold: "AGREE", predicted: "NONE" }]).score, 0);
    const partial = scoreGsr([
      { gold: "AGREE", predicted: "AGREE" },
      { gold: "REJECT", predicted: "AGREE" },
      { gold: "ASSAULT", predicted: "NONE" },
    ]);
    assert.ok(Math.abs(partial.score! - 1 / 3) < 1e-12);
  });
});
