// The shipped attribution weights reproduce their recorded strict polnear F1 on a slice of the PolNeAR dev
// articles (the first 40, sorted by name; models/README.md has the full-split numbers), and the learned
// tables change the score there: catches a weights file that does not match the code reading it (a feature
// template changed without retraining) and a broken file. Scoring dev text is not training on it.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { dataset } from "../../../eval/polnear.js";
import { DEFAULT_SETTINGS } from "../../settings.js";
import { QUOTES_SETTINGS, type QuotesSettings } from "../../stages/quotes/settings.js";
import { sharedPath } from "../../testing/fixtures.js";

const SLICE = 40;
const EXPECTED = { learned: 0.6089, rules: 0.6026 };
const dir = sharedPath("eval", "polnear");

async function strictF1(quotes: QuotesSettings): Promise<number> {
  const result = await dataset.evaluate(dir, { settings: { ...DEFAULT_SETTINGS, quotes }, limit: SLICE });
  return Number(result.score?.toFixed(4));
}

describe("shipped attribution weights", { skip: !existsSync(dir) && "no ../shared/eval/polnear here" }, () => {
  it(`score strict attribution F1 on the first ${SLICE} dev articles as recorded, above the rules alone`, async () => {
    const learned = await strictF1({ ...QUOTES_SETTINGS, learnedCueAdd: 1, learnedKeep: 1 });
    const rules = await strictF1({ ...QUOTES_SETTINGS, learnedCueAdd: 0, learnedKeep: 0 });
    assert.deepEqual({ learned, rules }, EXPECTED);
    assert.ok(learned > rules);
  });
});
