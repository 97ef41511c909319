// The training loop of both attribution models: a two-class averaged perceptron over hashed features,
// examples (tokens for the cue tagger, proposals for the keep classifier) visited in a seeded shuffle each
// epoch (the syntax models' perceptron and shuffle).

import { shuffleSeeded } from "../../shuffle-seeded.js";
import {
  addScores,
  averagePerceptron,
  createPerceptron,
  type DensePerceptron,
  type Perceptron,
  tickPerceptron,
  updatePerceptron,
} from "../../syntax/averaged-perceptron.js";

export type BinaryExample = { features: Int32Array; gold: number };
export type TrainingSettings = { epochs: number; bits: number; seed: number };

export function trainBinaryPerceptron(
  examples: readonly BinaryExample[],
  settings: TrainingSettings,
  onEpoch?: (epoch: number, averaged: Perceptron) => void,
): DensePerceptron {
  const model = createPerceptron(2, settings.bits, true);
  const scores = new Float64Array(2);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    for (const example of shuffleSeeded(examples, settings.seed + epoch)) {
      const guess = predictBinary(model, example.features, scores);
      updatePerceptron(model, example.features, example.features.length, example.gold, guess);
      tickPerceptron(model);
    }
    onEpoch?.(epoch, averagePerceptron(model));
  }
  return averagePerceptron(model);
}

function predictBinary(model: Perceptron, features: Int32Array, scores: Float64Array): number {
  scores.fill(0);
  addScores(model, features, features.length, scores);
  return scores[1] > scores[0] ? 1 : 0;
}

/** Precision, recall and F1 of class 1. */
export function scoreBinary(examples: readonly BinaryExample[], model: Perceptron) {
  const scores = new Float64Array(2);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const example of examples) {
    const guess = predictBinary(model, example.features, scores);
    if (guess === 1 && example.gold === 1) tp++;
    else if (guess === 1) fp++;
    else if (example.gold === 1) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}
