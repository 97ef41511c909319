// Global training for the beam parser: the structured perceptron with max-violation updates (Huang, Fayong
// & Guo 2012). Each sentence is decoded with the beam; the gold parse is latent (arc-hybrid reaches one tree
// by several transition sequences), so at each step "gold" is the best-scoring item that has lost no gold
// arc (the dynamic oracle's cost, Goldberg & Nivre 2013), or, once none is left in the beam, that item
// extended by its best zero-cost transition. The update is at the step where the best item beats gold by
// the most: a local classifier (greedy training) never learns to compare whole partial parses.

import { shuffleSeeded } from "../../shuffle-seeded.js";
import { costOf, headsOf, isTerminal, TRANSITIONS } from "../arc-hybrid.js";
import {
  adjustPerceptron,
  averagePerceptron,
  createPerceptron,
  type Perceptron,
  tickPerceptron,
} from "../averaged-perceptron.js";
import { advanceBeam, type BeamItem, extendItem, scoreTransitions, startBeam } from "../beam-search.js";
import { PARSE_FEATURE_COUNT, type ParseAtoms } from "../parse-features.js";
import type { ParseExample } from "./train-transitions.js";

export const BEAM_TRAINING_SETTINGS = {
  width: 4, // each width doubles the parse time; 4 is the widest that kept the parser near 10,000 tokens/s
  epochs: 5, // measured: dev LAS 0.8022 after 5 passes (train UAS still rising; more did not fit the shared box)
  bits: 22, // 2^22 rows x 3 transitions, as for the greedy parser
  seed: 2011,
};

export function trainBeamTransitions(
  examples: readonly ParseExample[],
  settings = BEAM_TRAINING_SETTINGS,
  log?: (line: string) => void,
): Perceptron {
  const model = createPerceptron(TRANSITIONS, settings.bits, true);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let right = 0;
    let total = 0;
    let updates = 0;
    for (const { atoms, gold } of shuffleSeeded(examples, settings.seed + epoch)) {
      const best = trainSentence(model, atoms, gold, settings.width);
      if (best.updated) updates++;
      for (let d = 1; d < gold.length; d++) if (best.heads[d] === gold[d]) right++;
      total += gold.length - 1;
      tickPerceptron(model);
    }
    log?.(
      `beam parser epoch ${epoch}: train UAS ${(right / total).toFixed(4)} (projectivised gold), updates on ${updates} sentences`,
    );
  }
  return averagePerceptron(model);
}

function trainSentence(
  model: Perceptron,
  atoms: ParseAtoms,
  gold: Int32Array,
  width: number,
): { heads: Int32Array; updated: boolean } {
  let beam = [startBeam(gold.length - 1)];
  let goldItem = beam[0];
  let worst: { violation: number; predicted: BeamItem; gold: BeamItem } | null = null;
  while (!isTerminal(beam[0].state)) {
    beam = advanceBeam(beam, atoms, model, width, gold);
    const inBeam = beam.find((item) => item.cost === 0);
    goldItem = inBeam ?? extendGold(goldItem, atoms, model, gold);
    const isViolation = inBeam === undefined || (isTerminal(beam[0].state) && beam[0].cost > 0);
    const violation = beam[0].score - goldItem.score;
    if (isViolation && (worst === null || violation >= worst.violation))
      worst = { violation, predicted: beam[0], gold: goldItem };
  }
  if (worst) updateAlong(model, worst.predicted, worst.gold);
  return { heads: headsOf(beam[0].state), updated: worst !== null };
}

/** The gold item's best-scoring zero-cost successor. */
function extendGold(item: BeamItem, atoms: ParseAtoms, model: Perceptron, gold: Int32Array): BeamItem {
  const scores = new Float64Array(TRANSITIONS);
  scoreTransitions(item, atoms, model, scores, null);
  let best = -1;
  for (let t = 0; t < TRANSITIONS; t++) {
    if (scores[t] === -Infinity || costOf(item.state, t, gold) > 0) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return extendItem(item, best, item.score + scores[best], gold);
}

/** Rewards gold's transitions and penalises the predicted ones back to where the two paths meet. */
function updateAlong(model: Perceptron, predicted: BeamItem, gold: BeamItem): void {
  let p: BeamItem = predicted;
  let g: BeamItem = gold;
  while (p !== g && p.parent && g.parent) {
    if (p.parent.features) adjustPerceptron(model, p.parent.features, PARSE_FEATURE_COUNT, p.transition, -1);
    if (g.parent.features) adjustPerceptron(model, g.parent.features, PARSE_FEATURE_COUNT, g.transition, 1);
    p = p.parent;
    g = g.parent;
  }
}
