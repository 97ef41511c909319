import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseConll } from "../../../../eval/conll2003-chunks.js";
import { projectRoot } from "../../../paths.js";
import { loadNerLexicon } from "../ner-lexicon.js";
import { loadNerModel } from "../ner-model.js";
import { countNerChunks, overallF1 } from "./score-ner.js";

const devFile = join(projectRoot(), "..", "shared", "eval", "conll2003", "eng.testa");

test("ner: the shipped weights reproduce their dev score on the first 40 eng.testa documents", {
  skip: !existsSync(devFile) && "../shared is absent (the dev split is not in the repository)",
}, () => {
  const documents = parseConll(readFileSync(devFile, "utf8")).slice(0, 40);
  const counts = countNerChunks(documents, { model: loadNerModel(), lexicon: loadNerLexicon() });
  // Printed by `npm run train:ner` for this slice when the weights were written (all 216 documents: see models/README.md).
  assert.ok(Math.abs(overallF1(counts) - 0.9391) < 0.0005, `F1 ${overallF1(counts)}`);
});
