import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc, spansOf } from "../../doc.js";
import { buildPipeline, buildStages } from "../../pipeline.js";
import { loadResources } from "../../resources.js";
import { sentencesStage } from "../sentences/index.js";
import { createNerStage } from "./index.js";

const resources = loadResources();

test("ner stage: names with their CoNLL type, at offsets into doc.text (past an astral character)", () => {
  const text = "🔥 Gunmen shot Samir Haddad near Tripoli on Sunday, the Interior Ministry said.";
  const doc = buildPipeline([sentencesStage, createNerStage(resources.ner)]).run(
    createDoc("n", text, { origin: "test" }),
  );
  const names = spansOf(doc, "ner").map((s) => [text.slice(s.start, s.end), s.label]);
  assert.deepEqual(names, [
    ["Samir Haddad", "PER"],
    ["Tripoli", "LOC"],
    ["Interior Ministry", "ORG"],
  ]);
});

test("ner stage: the default stages with resources pass the pipeline's needs check", () => {
  assert.doesNotThrow(() => buildPipeline(buildStages(resources)));
});

test("ner stage: a text without names gives an empty layer", () => {
  const doc = buildPipeline([sentencesStage, createNerStage(resources.ner)]).run(
    createDoc("n", "it rained all day.", { origin: "test" }),
  );
  assert.deepEqual(spansOf(doc, "ner"), []);
});
