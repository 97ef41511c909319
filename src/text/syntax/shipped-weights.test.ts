// The shipped weights reproduce their recorded dev scores on a slice of UD English EWT dev (the first 400
// sentences; models/README.md has the full-split numbers). Catches a weights file that does not match
// the code reading it (a feature template changed without retraining) and a broken file. The weights alone:
// the split parse of a closing speech tag (speech-tag.ts) is decoding, not the file, and moves this slice.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readTreebank, scoreTreebank } from "../../../eval/ud-ewt.js";
import { projectRoot } from "../../paths.js";
import { sharedPath } from "../../testing/fixtures.js";
import { loadNetSyntaxModel } from "./load-net-parser.js";
import { loadSyntaxModel } from "./load-syntax-model.js";
import { NET_PARSER_FILE } from "./net-file.js";

const SLICE = 400;
const EXPECTED = { upos: 0.9591, uas: 0.8184, las: 0.786 };
/** The same with the optional feed-forward transition scorer, as `npm run train:parser-net` writes it. */
const EXPECTED_NET = { upos: 0.9591, uas: 0.7919, las: 0.7607 };
const dir = sharedPath("eval", "ud-ewt");

describe("shipped syntax weights", () => {
  it("score UPOS, UAS and LAS on the first 400 dev sentences as recorded", {
    skip: !existsSync(dir) && "no ../shared/eval/ud-ewt here",
  }, () => {
    const result = scoreTreebank(readTreebank(dir, SLICE), { ...loadSyntaxModel(), speechTagVerbs: undefined });
    const got = Object.fromEntries(result.fields.map((f) => [f.field, Number(f.accuracy?.toFixed(4))]));
    assert.deepEqual(got, EXPECTED);
  });

  it("with the net scorer, score UPOS, UAS and LAS on the first 400 dev sentences as recorded", {
    skip:
      (!existsSync(dir) && "no ../shared/eval/ud-ewt here") ||
      (!existsSync(join(projectRoot(), NET_PARSER_FILE)) &&
        "no models/syntax-parser-net.bin (npm run train:parser-net)"),
  }, () => {
    const result = scoreTreebank(readTreebank(dir, SLICE), loadNetSyntaxModel());
    const got = Object.fromEntries(result.fields.map((f) => [f.field, Number(f.accuracy?.toFixed(4))]));
    assert.deepEqual(got, EXPECTED_NET);
  });
});
