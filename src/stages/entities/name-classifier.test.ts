import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadNameModel, parseNameModel, predictNameLabel } from "./name-classifier.js";
import { isHeldOut } from "./train/train-name-classifier.js";

// A hand-made model: two classes, "x" seen only in PERSON names, "y" only in ORG names.
const TOY = ["# toy", "feature\tPERSON\tORG", "#names\t2\t2", "x\t4\t0", "y\t0\t4"].join("\n");

describe("entities: name classifier", () => {
  it("loads the shipped model with its four classes and thousands of features", () => {
    const model = loadNameModel();
    assert.deepEqual(model.classes, ["PERSON", "ORG", "LOC", "MISC"]);
    assert.ok(model.logLikelihood.size > 10000, `${model.logLikelihood.size} features`);
    assert.ok(model.logLikelihood.has("^ab"));
  });

  // Each name is in the held-out tenth of the training lists, so the model never saw it.
  it("types held-out list names it was not trained on", () => {
    const cases: [string, string][] = [
      ["Hashemi", "PERSON"],
      ["Dauda", "PERSON"],
      ["Akalgarh", "LOC"],
      ["Breyten", "LOC"],
      ["NESOHR", "ORG"],
      ["AMERCO", "ORG"],
    ];
    const model = loadNameModel();
    for (const [name, label] of cases) {
      assert.ok(isHeldOut(name), `${name} is held out`);
      const guess = predictNameLabel(name, model);
      assert.equal(guess.label, label, name);
      assert.ok(guess.probability > 0.9, `${name}: ${guess.probability}`);
    }
  });

  it("reads counts with smoothing: a feature decides, an unseen one says nothing", () => {
    const toy = parseNameModel(TOY);
    assert.equal(predictNameLabel("x", toy).label, "PERSON");
    assert.equal(predictNameLabel("y", toy).label, "ORG");
    // "Q" has no feature the toy model knows: both classes stay equally likely.
    assert.equal(predictNameLabel("Q", toy).probability, 0.5);
  });
});
