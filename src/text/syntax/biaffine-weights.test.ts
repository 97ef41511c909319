// The optional BiLSTM + biaffine parser's weights (models/syntax-parser-biaffine.bin, built by
// npm run train:parser-biaffine, not in the repository: models/README.md) reproduce their recorded dev
// scores on a slice of UD English EWT dev: a file that does not match the code reading it fails here.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readTreebank, scoreTreebank } from "../../../eval/ud-ewt.js";
import { projectRoot } from "../../paths.js";
import { sharedPath } from "../../testing/fixtures.js";
import { BIAFFINE_PARSER_FILE } from "./biaffine-file.js";
import { shapeIdOf } from "./biaffine-parser.js";
import { loadBiaffineSyntaxModel } from "./load-biaffine-parser.js";

/** Fewer sentences than the perceptron's slice: the BiLSTM runs at about 500 words per CPU second. */
const SLICE = 200;
/** The GloVe warm-start weights (models/README.md); parse-biaffine.py --eisner --score gives the same UAS and LAS. */
const EXPECTED = { upos: 0.9626, uas: 0.8622, las: 0.8333 };
const dir = sharedPath("eval", "ud-ewt");

describe("biaffine parser weights", () => {
  it("score UPOS, UAS and LAS on the first 200 dev sentences as recorded", {
    skip:
      (!existsSync(dir) && "no ../shared/eval/ud-ewt here") ||
      (!existsSync(join(projectRoot(), BIAFFINE_PARSER_FILE)) &&
        `no ${BIAFFINE_PARSER_FILE} (not shipped: npm run train:parser-biaffine builds it)`),
  }, () => {
    const result = scoreTreebank(readTreebank(dir, SLICE), loadBiaffineSyntaxModel());
    const got = Object.fromEntries(result.fields.map((f) => [f.field, Number(f.accuracy?.toFixed(4))]));
    assert.deepEqual(got, EXPECTED);
  });

  it("asking for the biaffine parser without its file says how to build it", () => {
    assert.throws(() => loadBiaffineSyntaxModel("/nonexistent-root"), /npm run train:parser-biaffine/);
  });
});

describe("shapeIdOf", () => {
  it("biaffine: letter-case shapes as the training script computes them", () => {
    assert.deepEqual(
      ["shelled", "Aleppo", "UN", "A", "AK-47", "-", "état", "Émile"].map(shapeIdOf),
      [1, 2, 3, 2, 4, 5, 1, 2],
    );
  });
});
