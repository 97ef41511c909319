// Training the arc labeller on gold trees (with the tags the tagger would give: see train-parser.ts).

import { shuffleSeeded } from "../../shuffle-seeded.js";
import {
  addScores,
  argmaxScore,
  averagePerceptron,
  createPerceptron,
  type Perceptron,
  tickPerceptron,
  updatePerceptron,
} from "../averaged-perceptron.js";
import { fillLabelFeatures, LABEL_FEATURE_COUNT, type LabelAtoms, listChildren } from "../label-features.js";
import type { EpochExtras } from "./train-transitions.js";

export const LABEL_SETTINGS = {
  epochs: 8, // dev label accuracy flattens after about 6 passes
  bits: 18, // 2^18 rows x ~50 relations: 52 MB while running; more rows bought little on dev
  seed: 37,
};

export type LabelExample = { atoms: LabelAtoms; heads: Int32Array; labels: Int32Array };

export function trainLabels(
  examples: readonly LabelExample[],
  classes: number,
  settings = LABEL_SETTINGS,
  log?: (line: string) => void,
  extras?: EpochExtras<LabelExample>,
): Perceptron {
  const model = createPerceptron(classes, settings.bits, true);
  const features = new Int32Array(LABEL_FEATURE_COUNT);
  const scores = new Float64Array(classes);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let right = 0;
    let total = 0;
    const seen = extras ? [...examples, ...extras(epoch)] : examples;
    for (const { atoms, heads, labels } of shuffleSeeded(seen, settings.seed + epoch)) {
      const children = listChildren(heads);
      for (let d = 1; d < heads.length; d++) {
        const count = fillLabelFeatures(atoms, heads, children, d, features);
        scores.fill(0);
        addScores(model, features, count, scores);
        const guess = argmaxScore(scores, classes);
        updatePerceptron(model, features, count, labels[d], guess);
        tickPerceptron(model);
        if (guess === labels[d]) right++;
        total++;
      }
    }
    log?.(`labeller epoch ${epoch}: train accuracy ${(right / total).toFixed(4)}`);
  }
  return averagePerceptron(model);
}
