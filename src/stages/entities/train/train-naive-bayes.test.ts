import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseNameModel, predictNameLabel } from "../name-classifier.js";
import type { LabelledName } from "./collect-training-names.js";
import { formatModel, trainNaiveBayes } from "./train-naive-bayes.js";
import { buildNameModelFile } from "./train-name-classifier.js";

// A few names from the training lists themselves (Phoenix people, GeoNames towns, cspell companies).
const EXAMPLES: LabelledName[] = [
  { name: "Yeltsin", label: "PERSON" },
  { name: "Primakov", label: "PERSON" },
  { name: "Lebedev", label: "PERSON" },
  { name: "Novosibirsk", label: "LOC" },
  { name: "Omsk", label: "LOC" },
  { name: "Tomsk", label: "LOC" },
  { name: "Gazprom", label: "ORG" },
  { name: "Rosneft", label: "ORG" },
];

describe("entities: training the name classifier", () => {
  it("is deterministic: the same names in any order give the same file", () => {
    const once = buildNameModelFile(EXAMPLES);
    assert.equal(buildNameModelFile([...EXAMPLES].reverse()), once);
    assert.ok(once.startsWith("# Name classifier"));
  });

  it("counts names per class and keeps only features seen three times or more", () => {
    const counts = trainNaiveBayes(EXAMPLES);
    assert.deepEqual(counts.names, [3, 2, 3, 0]); // PERSON, ORG, LOC, MISC
    assert.deepEqual(counts.features.get("sk$"), [0, 0, 3, 0]);
    assert.equal(counts.features.has("^gaz"), false);
  });

  it("what it writes, the classifier reads back", () => {
    const model = parseNameModel(formatModel(trainNaiveBayes(EXAMPLES), ["test"]));
    assert.equal(predictNameLabel("Irkutsk", model).label, "LOC");
    assert.equal(predictNameLabel("Kasyanov", model).label, "PERSON");
  });
});
