import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../shuffle-seeded.js";
import { createPerceptron } from "./averaged-perceptron.js";
import { parseWordsByBeam } from "./beam-search.js";
import { hashString } from "./hash-feature.js";
import type { ParseAtoms } from "./parse-features.js";
import { parseWords } from "./parse-words.js";
import { trainBeamTransitions } from "./train/train-beam-transitions.js";

/** Invented sentences: words, tag indexes and heads (1-based, 0 the root). */
const TREEBANK = [
  { words: ["troops", "shelled", "the", "village"], tags: [1, 2, 3, 1], heads: [2, 0, 4, 2] },
  { words: ["the", "militia", "fled", "north"], tags: [3, 1, 2, 4], heads: [2, 3, 0, 3] },
  {
    words: ["police", "arrested", "two", "men", "in", "the", "market"],
    tags: [1, 2, 5, 1, 6, 3, 1],
    heads: [2, 0, 4, 2, 7, 7, 2],
  },
];

function atomsOf(words: string[], tags: number[]): ParseAtoms {
  return {
    words: Int32Array.from([hashString("<root>"), ...words.map(hashString)]),
    tags: Int32Array.from([97, ...tags]),
  };
}

function randomModel(seed: number) {
  const model = createPerceptron(3, 10, false);
  const random = seededRandom(seed);
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = random() * 2 - 1;
  return model;
}

describe("beam search", () => {
  it("a beam of width 1 parses as the greedy parser does", () => {
    for (const seed of [1, 2, 3]) {
      const model = randomModel(seed);
      for (const { words, tags } of TREEBANK) {
        const atoms = atomsOf(words, tags);
        assert.deepEqual([...parseWordsByBeam(atoms, model, 1)], [...parseWords(atoms, model)]);
      }
    }
  });

  it("every parse it returns is a tree with one root word", () => {
    const model = randomModel(7);
    for (const { words, tags } of TREEBANK) {
      const heads = parseWordsByBeam(atomsOf(words, tags), model, 4);
      assert.equal(heads.slice(1).filter((h) => h === 0).length, 1);
      for (let d = 1; d < heads.length; d++) {
        let [at, steps] = [d, 0];
        while (at !== 0 && steps++ <= heads.length) at = heads[at];
        assert.equal(at, 0, `word ${d} reaches the root`);
      }
    }
  });

  it("max-violation training learns a small treebank's trees", () => {
    const examples = TREEBANK.map(({ words, tags, heads }) => ({
      atoms: atomsOf(words, tags),
      gold: Int32Array.from([0, ...heads]),
    }));
    const model = trainBeamTransitions(examples, { width: 4, epochs: 8, bits: 12, seed: 5 });
    for (const { atoms, gold } of examples)
      assert.deepEqual([...parseWordsByBeam(atoms, model, 4)].slice(1), [...gold].slice(1));
  });
});
