// The cue tagger's training loop: a two-class averaged perceptron over each token's hashed features,
// sentences visited in a seeded shuffle each epoch (the syntax models' perceptron and shuffle).

import { shuffleSeeded } from "../../shuffle-seeded.js";
import {
  addScores,
  averagePerceptron,
  createPerceptron,
  type Perceptron,
  tickPerceptron,
  updatePerceptron,
} from "../../syntax/averaged-perceptron.js";
import type { CueExample } from "./cue-examples.js";

export type CueTrainingSettings = { epochs: number; bits: number; seed: number };

export function trainCuePerceptron(
  examples: readonly CueExample[],
  classes: number,
  settings: CueTrainingSettings,
  onEpoch?: (epoch: number, averaged: Perceptron) => void,
): Perceptron {
  const model = createPerceptron(classes, settings.bits, true);
  const scores = new Float64Array(classes);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    for (const example of shuffleSeeded(examples, settings.seed + epoch)) {
      example.features.forEach((features, i) => {
        const guess = predictToken(model, features, scores);
        updatePerceptron(model, features, features.length, example.gold[i], guess);
        tickPerceptron(model);
      });
    }
    onEpoch?.(epoch, averagePerceptron(model));
  }
  return averagePerceptron(model);
}

function predictToken(model: Perceptron, features: Int32Array, scores: Float64Array): number {
  scores.fill(0);
  addScores(model, features, features.length, scores);
  return scores[1] > scores[0] ? 1 : 0;
}

/** Token-level precision, recall and F1 of the "inside a cue" class. */
export function scoreCueTokens(examples: readonly CueExample[], model: Perceptron) {
  const scores = new Float64Array(model.classes);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const example of examples) {
    example.features.forEach((features, i) => {
      const guess = predictToken(model, features, scores);
      const gold = example.gold[i];
      if (guess === 1 && gold === 1) tp++;
      else if (guess === 1) fp++;
      else if (gold === 1) fn++;
    });
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}
