// Greedy arc-hybrid parsing with the feed-forward scorer: at each step the best-scoring legal transition.
import {
  applyTransition,
  createParseState,
  headsOf,
  isLegal,
  isTerminal,
  type ParseState,
  TRANSITIONS,
} from "./arc-hybrid.js";
import { fillNetInputs, NET_INPUTS, NET_PLACES, type NetAtoms } from "./net-features.js";
import { createNetScratch, type NetScratch, scoreNetInputs } from "./net-forward.js";
import type { NetScorer } from "./net-scorer.js";

/** Reusable buffers for parsing sentences one after another. */
export type NetParseScratch = NetScratch & { places: Int32Array; inputs: Int32Array; scores: Float64Array };

export function createNetParseScratch(net: NetScorer): NetParseScratch {
  const scratch = createNetScratch(net);
  return {
    ...scratch,
    places: new Int32Array(NET_PLACES),
    inputs: new Int32Array(NET_INPUTS),
    scores: new Float64Array(TRANSITIONS),
  };
}

/** Heads of words 1..n (index 0 unused; 0 means the root). */
export function parseWordsByNet(atoms: NetAtoms, net: NetScorer, scratch = createNetParseScratch(net)): Int32Array {
  const state = createParseState(atoms.words.length - 1);
  scratch.rareShares.clear();
  while (!isTerminal(state)) applyTransition(state, pickNetTransition(state, atoms, net, scratch));
  return headsOf(state);
}

/** The best legal transition (the only one, unscored, when just one is legal). */
export function pickNetTransition(
  state: ParseState,
  atoms: NetAtoms,
  net: NetScorer,
  scratch: NetParseScratch,
): number {
  let legal = 0;
  let only = -1;
  for (let t = 0; t < TRANSITIONS; t++)
    if (isLegal(state, t)) {
      legal++;
      only = t;
    }
  if (legal === 1) return only;
  fillNetInputs(state, atoms, scratch.places, scratch.inputs);
  scoreNetInputs(net, scratch.inputs, scratch, scratch.scores);
  let best = -1;
  for (let t = 0; t < TRANSITIONS; t++)
    if (isLegal(state, t) && (best < 0 || scratch.scores[t] > scratch.scores[best])) best = t;
  return best;
}
