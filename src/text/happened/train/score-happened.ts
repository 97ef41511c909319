// Held-out scores of the "did it happen" classifier: accuracy at 0.5, ROC AUC, and precision / recall of the
// "did not happen" side (what the events stage acts on). Scored twice: with the training-only nuisance
// features (the model as trained) and with the clause features alone (as the events stage runs it, where
// only the ranking counts: its threshold is set on the event-records tune half).
import { findHappenedFeatures, findNuisanceFeatures } from "../happened-features.js";
import { type HappenedModel, scoreHappened } from "../happened-model.js";
import type { PoliceExample } from "./read-police-events.js";

export type HappenedScores = {
  predicates: number;
  happenedShare: number;
  accuracy: number;
  auc: number;
  notHappenedPrecision: number;
  notHappenedRecall: number;
};

export function scoreHeldOut(model: HappenedModel, examples: readonly PoliceExample[]) {
  return {
    withNuisance: scoreWith(model, examples, (e) => [
      ...findHappenedFeatures(e.parse, e.token),
      ...findNuisanceFeatures(e.parse, e.token),
    ]),
    clauseOnly: scoreWith(model, examples, (e) => findHappenedFeatures(e.parse, e.token)),
  };
}

function scoreWith(
  model: HappenedModel,
  examples: readonly PoliceExample[],
  featuresOf: (e: PoliceExample) => number[],
): HappenedScores {
  const scored = examples.map((e) => ({ p: scoreHappened(model, featuresOf(e)), y: e.happened }));
  const saidNot = scored.filter((s) => s.p < 0.5);
  const wereNot = scored.filter((s) => !s.y);
  return {
    predicates: scored.length,
    happenedShare: round(scored.filter((s) => s.y).length / scored.length),
    accuracy: round(scored.filter((s) => s.p >= 0.5 === s.y).length / scored.length),
    auc: round(computeAuc(scored)),
    notHappenedPrecision: round(saidNot.filter((s) => !s.y).length / Math.max(1, saidNot.length)),
    notHappenedRecall: round(wereNot.filter((s) => s.p < 0.5).length / Math.max(1, wereNot.length)),
  };
}

/** The chance a random happened predicate scores above a random one that did not (ties count half). */
function computeAuc(scored: readonly { p: number; y: boolean }[]): number {
  const positives = scored.filter((s) => s.y).map((s) => s.p);
  const negatives = scored.filter((s) => !s.y).map((s) => s.p);
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / Math.max(1, positives.length * negatives.length);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
