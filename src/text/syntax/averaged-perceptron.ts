// A multi-class averaged perceptron over hashed features (Collins 2002), shared by the tagger, the
// transition classifier and the arc labeller. Each feature hash picks a row of `classes` weights in a
// table of 2^bits rows; collisions are tolerated (the perceptron learns around them).
// Averaging uses Daumé's trick: besides w keep u += step * delta, and the average is w - u / step, so
// an update touches only the rows it changes (no per-weight timestamps).
import { addPackedScores, type PackedRows } from "./packed-rows.js";

export type Perceptron = {
  classes: number;
  bits: number;
  /** Float while training; read from a weights file, int16 non-zero rows (packed-rows.ts: a table's scores
   * are only ever compared with each other, so its one quantisation scale can be dropped). */
  weights: Float32Array | PackedRows;
  /** Only while training: the step-weighted sum of updates. */
  sums?: Float64Array;
  step: number;
};

/** A table being trained (or just averaged): dense float weights. */
export type DensePerceptron = Perceptron & { weights: Float32Array };

export function createPerceptron(classes: number, bits: number, isTraining: boolean): DensePerceptron {
  const size = classes << bits;
  return {
    classes,
    bits,
    weights: new Float32Array(size),
    sums: isTraining ? new Float64Array(size) : undefined,
    step: 1,
  };
}

/** Adds each feature's row into `scores` (length >= classes), which the caller zeroes. */
export function addScores(model: Perceptron, features: ArrayLike<number>, count: number, scores: Float64Array): void {
  const { classes, weights } = model;
  if (!(weights instanceof Float32Array)) {
    addPackedScores(weights, classes, model.bits, features, count, scores);
    return;
  }
  const mask = (1 << model.bits) - 1;
  for (let f = 0; f < count; f++) {
    const row = (features[f] & mask) * classes;
    for (let c = 0; c < classes; c++) scores[c] += weights[row + c];
  }
}

/** Rewards the true class and penalises the guess on every feature; call tick() once per example. */
export function updatePerceptron(
  model: Perceptron,
  features: ArrayLike<number>,
  count: number,
  truth: number,
  guess: number,
): void {
  if (truth === guess) return;
  const { classes, sums, step } = model;
  const weights = model.weights as Float32Array;
  const mask = (1 << model.bits) - 1;
  for (let f = 0; f < count; f++) {
    const row = (features[f] & mask) * classes;
    weights[row + truth] += 1;
    weights[row + guess] -= 1;
    if (sums) {
      sums[row + truth] += step;
      sums[row + guess] -= step;
    }
  }
}

/** Adds `delta` to one class's weight on every feature (global training updates a whole sequence). */
export function adjustPerceptron(
  model: Perceptron,
  features: ArrayLike<number>,
  count: number,
  cls: number,
  delta: number,
): void {
  const { classes, sums, step } = model;
  const weights = model.weights as Float32Array;
  const mask = (1 << model.bits) - 1;
  for (let f = 0; f < count; f++) {
    const row = (features[f] & mask) * classes + cls;
    weights[row] += delta;
    if (sums) sums[row] += step * delta;
  }
}

export function tickPerceptron(model: Perceptron): void {
  model.step++;
}

/** The averaged weights, as a model ready to predict (training sums dropped). */
export function averagePerceptron(model: Perceptron): DensePerceptron {
  const weights = model.weights as Float32Array;
  const averaged = new Float32Array(weights.length);
  const sums = model.sums ?? new Float64Array(weights.length);
  for (let i = 0; i < averaged.length; i++) averaged[i] = weights[i] - sums[i] / model.step;
  return { classes: model.classes, bits: model.bits, weights: averaged, step: model.step };
}

/** Index of the highest score among the first `classes` entries for which `isAllowed` holds (or all). */
export function argmaxScore(scores: Float64Array, classes: number, isAllowed?: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < classes; c++) {
    if (isAllowed && !isAllowed(c)) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}
