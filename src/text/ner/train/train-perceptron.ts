// Averaged structured perceptron (Collins 2002) with Viterbi decoding: on each sentence the model decodes
// with its current weights and, where it is wrong, moves weight from its tags to the gold tags. Averaging
// (w - u/c, Daumé's trick) keeps the weights of every step, which is what makes the perceptron generalise.

import { seededRandom } from "../../shuffle-seeded.js";
import { decodeViterbi, maskTransitions, transitionIndex } from "../viterbi.js";

export type TrainingSentence = { features: Int32Array[]; gold: number[] };
export type AveragedWeights = { weights: Float64Array; transitions: Float64Array };

export const PERCEPTRON_SETTINGS = {
  /** Dev F1 stops rising after about ten passes (measured: see models/README.md). */
  epochs: 12,
  /** Fixed, so the same data gives the same weights byte for byte. */
  seed: 20031,
};

type State = { w: Float64Array; u: Float64Array; tw: Float64Array; tu: Float64Array; step: number };

export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  featureCount: number,
  tagCount: number,
  settings = PERCEPTRON_SETTINGS,
  onEpoch?: (epoch: number, averaged: () => AveragedWeights) => void,
): AveragedWeights {
  const size = (tagCount + 1) * (tagCount + 1);
  const state: State = {
    w: new Float64Array(featureCount * tagCount),
    u: new Float64Array(featureCount * tagCount),
    tw: new Float64Array(size),
    tu: new Float64Array(size),
    step: 1,
  };
  const order = sentences.map((_, i) => i);
  const random = seededRandom(settings.seed);
  for (let epoch = 1; epoch <= settings.epochs; epoch += 1) {
    shuffle(order, random);
    for (const i of order) learnSentence(state, sentences[i], tagCount);
    onEpoch?.(epoch, () => averageWeights(state));
  }
  return averageWeights(state);
}

function learnSentence(state: State, sentence: TrainingSentence, tagCount: number): void {
  const { features, gold } = sentence;
  const emissions = new Float64Array(features.length * tagCount);
  features.forEach((ids, i) => {
    for (const id of ids)
      for (let t = 0; t < tagCount; t += 1) emissions[i * tagCount + t] += state.w[id * tagCount + t];
  });
  const predicted = decodeViterbi(emissions, features.length, tagCount, maskTransitions(state.tw, tagCount));
  for (let i = 0; i < features.length; i += 1) {
    if (predicted[i] === gold[i]) continue;
    for (const id of features[i]) {
      bump(state.w, state.u, id * tagCount + gold[i], 1, state.step);
      bump(state.w, state.u, id * tagCount + predicted[i], -1, state.step);
    }
  }
  for (let i = 0; i <= features.length; i += 1) {
    const g = transitionIndex(tagCount, i > 0 ? gold[i - 1] : -1, i < features.length ? gold[i] : tagCount);
    const p = transitionIndex(tagCount, i > 0 ? predicted[i - 1] : -1, i < features.length ? predicted[i] : tagCount);
    if (g === p) continue;
    bump(state.tw, state.tu, g, 1, state.step);
    bump(state.tw, state.tu, p, -1, state.step);
  }
  state.step += 1;
}

function bump(w: Float64Array, u: Float64Array, k: number, delta: number, step: number): void {
  w[k] += delta;
  u[k] += step * delta;
}

function averageWeights(state: State): AveragedWeights {
  const average = (w: Float64Array, u: Float64Array) => w.map((x, k) => x - u[k] / state.step);
  return { weights: average(state.w, state.u), transitions: average(state.tw, state.tu) };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
