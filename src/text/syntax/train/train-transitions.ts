// Training the transition classifier with Goldberg & Nivre's dynamic oracle: at every step the model's
// best transition is compared with the best-scoring zero-cost one (costOf), the perceptron is updated when
// the model's choice loses gold arcs, and after the first epochs the parser follows its own (possibly
// wrong) choice most of the time, so it learns to recover from its mistakes as it will have to at run time.

import { seededRandom, shuffleSeeded } from "../../shuffle-seeded.js";
import { applyTransition, costOf, createParseState, headsOf, isLegal, isTerminal, TRANSITIONS } from "../arc-hybrid.js";
import {
  averagePerceptron,
  createPerceptron,
  type Perceptron,
  tickPerceptron,
  updatePerceptron,
} from "../averaged-perceptron.js";
import { fillParseFeatures, PARSE_FEATURE_COUNT, type ParseAtoms } from "../parse-features.js";
import { pickTransition } from "../parse-words.js";

export const TRANSITION_SETTINGS = {
  epochs: 12, // dev UAS flattens after about 10 passes
  bits: 22, // 2^22 rows x 3 transitions: ~5 M distinct features with few collisions, 50 MB while running
  staticEpochs: 1, // follow the oracle only in the first pass, while the model's choices are still noise
  explore: 0.9, // then follow the model's own choice 90% of the time (Goldberg & Nivre's p)
  seed: 2011,
};

export type ParseExample = { atoms: ParseAtoms; gold: Int32Array };
/** Examples that join the gold ones in one epoch only (silver trees, uptraining: train-silver.ts). */
export type EpochExtras<T> = (epoch: number) => readonly T[];

export function trainTransitions(
  examples: readonly ParseExample[],
  settings = TRANSITION_SETTINGS,
  log?: (line: string) => void,
  extras?: EpochExtras<ParseExample>,
): Perceptron {
  const model = createPerceptron(TRANSITIONS, settings.bits, true);
  const random = seededRandom(settings.seed);
  const features = new Int32Array(PARSE_FEATURE_COUNT);
  const scores = new Float64Array(TRANSITIONS);
  const costs = new Float64Array(TRANSITIONS);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let right = 0;
    let total = 0;
    const seen = extras ? [...examples, ...extras(epoch)] : examples;
    for (const { atoms, gold } of shuffleSeeded(seen, settings.seed + epoch)) {
      const state = createParseState(gold.length - 1);
      while (!isTerminal(state)) {
        const count = fillParseFeatures(state, atoms, features);
        const guess = pickTransition(state, model, features, count, scores);
        let cheapest = Infinity;
        for (let t = 0; t < TRANSITIONS; t++) {
          costs[t] = isLegal(state, t) ? costOf(state, t, gold) : Infinity;
          cheapest = Math.min(cheapest, costs[t]);
        }
        let best = -1;
        for (let t = 0; t < TRANSITIONS; t++)
          if (costs[t] === cheapest && (best < 0 || scores[t] > scores[best])) best = t;
        if (costs[guess] !== cheapest) updatePerceptron(model, features, count, best, guess);
        tickPerceptron(model);
        const follow = epoch > settings.staticEpochs && random() < settings.explore ? guess : best;
        applyTransition(state, follow);
      }
      const heads = headsOf(state);
      for (let d = 1; d < gold.length; d++) if (heads[d] === gold[d]) right++;
      total += gold.length - 1;
    }
    log?.(`parser epoch ${epoch}: train UAS ${(right / total).toFixed(4)} (projectivised gold)`);
  }
  return averagePerceptron(model);
}
