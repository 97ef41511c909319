// The learned keep/drop decision on an attribution the quotes matchers proposed.
import { addScores } from "../syntax/averaged-perceptron.js";
import {
  ATTRIBUTION_FEATURE_COUNT,
  fillAttributionFeatures,
  type ProposedAttribution,
} from "./attribution-features.js";
import type { AttributionModel } from "./attribution-model.js";

/** Whether the classifier scores "an attribution" above "no attribution"; true without a keep table. */
export function isKeptAttribution(text: string, proposed: ProposedAttribution, model: AttributionModel): boolean {
  if (!model.keep) return true;
  const features = new Int32Array(ATTRIBUTION_FEATURE_COUNT);
  const scores = new Float64Array(model.keep.classes);
  addScores(model.keep, features, fillAttributionFeatures(text, proposed, features), scores);
  return scores[1] > scores[0];
}
