import assert from "node:assert/strict";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../src/paths.js";
import type { SyntaxModel } from "../src/text/syntax/analyze-words.js";
import { createPerceptron } from "../src/text/syntax/averaged-perceptron.js";
import { BIAFFINE_PARSER_FILE } from "../src/text/syntax/biaffine-file.js";
import { loadBiaffineSyntaxModel } from "../src/text/syntax/load-biaffine-parser.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { dataset, readTreebank, scoreTreebank } from "./ud-ewt.js";

const TREEBANK = [
  "# sent_id = t-1",
  "1\tRebels\trebel\tNOUN\tNNS\t_\t0\troot\t_\t_",
  "2\tfled\tflee\tVERB\tVBD\t_\t1\tnsubj:pass\t_\t_",
  "",
  "# sent_id = t-2",
  "1\tTroops\ttroop\tNOUN\tNNS\t_\t0\troot\t_\t_",
  "2\twithdrew\twithdraw\tVERB\tVBD\t_\t1\tobj\t_\t_",
  "",
].join("\n");

/** A model with all-zero weights: tags every word tags[0], labels every arc relations[0], and (ties going to
 * SHIFT, then RIGHT once the buffer is empty) hangs every word from the one before it, the first from the root. */
function zeroModel(tags: string[], relations: string[]): SyntaxModel {
  return {
    tagger: { tags, perceptron: createPerceptron(tags.length, 4, false), sureTags: new Map(), ambiguity: new Map() },
    parser: {
      transitions: createPerceptron(3, 4, false),
      labels: createPerceptron(relations.length, 4, false),
      relations,
      beamWidth: 1,
    },
  };
}

describe("ud-ewt scorer", () => {
  it("reads every .conllu file in the folder and honours the limit", () => {
    const dir = mkdtempSync(join(tmpdir(), "ud-ewt-"));
    writeFileSync(join(dir, "a.conllu"), TREEBANK);
    writeFileSync(join(dir, "notes.txt"), "not a treebank");
    assert.equal(readTreebank(dir).length, 2);
    assert.equal(readTreebank(dir, 1).length, 1);
  });

  it("scores UPOS, UAS and LAS per word, LAS ignoring subtypes", () => {
    const dir = mkdtempSync(join(tmpdir(), "ud-ewt-"));
    writeFileSync(join(dir, "a.conllu"), TREEBANK);
    const result = scoreTreebank(readTreebank(dir), zeroModel(["NOUN", "VERB"], ["nsubj", "root"]));
    const get = (name: string) => result.fields.find((f) => f.field === name)?.accuracy;
    assert.equal(get("upos"), 0.5);
    assert.equal(get("uas"), 1);
    // Only "nsubj" for gold "nsubj:pass" matches (the universal part); "nsubj" for root and obj do not.
    assert.equal(get("las"), 0.25);
    assert.equal(result.score, 0.25);
  });

  it("scores the parser asked for: the perceptron by default, the biaffine parser with parser: biaffine", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ud-ewt-"));
    writeFileSync(join(dir, "a.conllu"), TREEBANK);
    const uas = (r: { fields: { field: string; accuracy?: number | null }[] }) =>
      r.fields.find((f) => f.field === "uas")?.accuracy;
    const shipped = await dataset.evaluate(dir, {});
    assert.equal(uas(shipped), uas(scoreTreebank(readTreebank(dir), loadSyntaxModel())));
    if (!existsSync(join(projectRoot(), BIAFFINE_PARSER_FILE))) {
      await assert.rejects(dataset.evaluate(dir, { parser: "biaffine" }), /npm run train:parser-biaffine/);
      return;
    }
    const biaffine = await dataset.evaluate(dir, { parser: "biaffine" });
    assert.equal(uas(biaffine), uas(scoreTreebank(readTreebank(dir), loadBiaffineSyntaxModel())));
  });
});
