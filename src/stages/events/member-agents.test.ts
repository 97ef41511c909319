// The group an agent belongs to, read from the shipped parser's trees (issue 18): "fighters of X attacked"
// makes X the agent. Invented sentences.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createDoc, type Doc } from "../../doc.js";
import type { SyntaxModel } from "../../text/syntax/analyze-words.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import { sentencesStage } from "../sentences/index.js";
import { createSyntaxStage } from "../syntax/index.js";
import { readParseTree } from "./parse-tree.js";
import { readPredicate, roleOfSpan } from "./read-predicate.js";

let model: SyntaxModel;
const parse = (text: string): Doc =>
  createSyntaxStage(() => model).run(sentencesStage.run(createDoc("t", text, { origin: "test" })));
const spanOf = (doc: Doc, words: string) => ({
  start: doc.text.indexOf(words),
  end: doc.text.indexOf(words) + words.length,
});

function predicateOf(text: string, trigger: string) {
  const doc = parse(text);
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, spanOf(doc, trigger));
  assert.ok(predicate, `no predicate for "${trigger}"`);
  return { doc, tree, predicate };
}

before(() => {
  model = loadSyntaxModel();
});

describe("events: the group an agent belongs to", () => {
  it("'attacked by fighters of X': X is the agent", () => {
    const text = "Their patrol was attacked by fighters of the Popular Front in the district of Kobe on Monday.";
    const { doc, tree, predicate } = predicateOf(text, "attacked");
    assert.equal(roleOfSpan(tree, predicate, spanOf(doc, "Popular Front")), "agent");
  });

  it("negative: 'strikes on X killed 12' still makes no agent of the place struck", () => {
    const { doc, tree, predicate } = predicateOf("Israeli strikes on Gaza killed 12 people on Sunday.", "strikes");
    assert.notEqual(roleOfSpan(tree, predicate, spanOf(doc, "Gaza")), "agent");
  });
});
