// Beam search over arc-hybrid transitions (Zhang & Clark 2008; Zhang & Nivre 2011): keep the `width`
// best-scoring partial parses at every step instead of one, so an early choice that only looks good
// locally ("saw" taking the wrong object) can be overtaken once later words argue against it. Every
// parse of n words takes exactly 2n transitions, so the items of a beam always end together.
import {
  applyTransition,
  cloneParseState,
  costOf,
  createParseState,
  headsOf,
  isLegal,
  type ParseState,
  TRANSITIONS,
} from "./arc-hybrid.js";
import { addScores, type Perceptron } from "./averaged-perceptron.js";
import { fillParseFeatures, PARSE_FEATURE_COUNT, type ParseAtoms } from "./parse-features.js";

export type BeamItem = {
  state: ParseState;
  /** Sum of the transition scores that led here. */
  score: number;
  /** The transition from `parent` to here (-1 at the start). */
  transition: number;
  parent: BeamItem | null;
  /** The features of this item's state, kept for training updates (null when not kept or forced). */
  features: Int32Array | null;
  /** Gold arcs made unreachable so far (training; 0 means the gold tree can still be built). */
  cost: number;
};

type Candidate = { item: BeamItem; transition: number; score: number };

export function startBeam(n: number): BeamItem {
  return { state: createParseState(n), score: 0, transition: -1, parent: null, features: null, cost: 0 };
}

/**
 * Each legal transition's score from `item` into `scores` (-Infinity when illegal). A step with only one
 * legal transition is forced and scores 0 without features, in decoding and in training alike.
 */
export function scoreTransitions(
  item: BeamItem,
  atoms: ParseAtoms,
  model: Perceptron,
  scores: Float64Array,
  scratch: Int32Array | null,
): void {
  let legal = 0;
  for (let t = 0; t < TRANSITIONS; t++) if (isLegal(item.state, t)) legal++;
  scores.fill(0);
  if (legal > 1) {
    const features = scratch ?? (item.features ??= new Int32Array(PARSE_FEATURE_COUNT));
    const count = fillParseFeatures(item.state, atoms, features);
    addScores(model, features, count, scores);
  }
  for (let t = 0; t < TRANSITIONS; t++) if (!isLegal(item.state, t)) scores[t] = -Infinity;
}

/** Applies `transition` to a copy of the item's state (with its cost when `gold` is given). */
export function extendItem(item: BeamItem, transition: number, score: number, gold?: Int32Array): BeamItem {
  const cost = gold ? item.cost + costOf(item.state, transition, gold) : 0;
  const state = cloneParseState(item.state);
  applyTransition(state, transition);
  return { state, score, transition, parent: item, features: null, cost };
}

/**
 * The next beam: every legal extension of every item, best `width` kept (ties keep the earlier item's,
 * so the search is deterministic). With `gold`, items keep their features and costs for training.
 */
export function advanceBeam(
  beam: readonly BeamItem[],
  atoms: ParseAtoms,
  model: Perceptron,
  width: number,
  gold?: Int32Array,
): BeamItem[] {
  const scores = new Float64Array(TRANSITIONS);
  const scratch = gold ? null : new Int32Array(PARSE_FEATURE_COUNT);
  const candidates: Candidate[] = [];
  for (const item of beam) {
    scoreTransitions(item, atoms, model, scores, scratch);
    for (let t = 0; t < TRANSITIONS; t++)
      if (scores[t] > -Infinity) candidates.push({ item, transition: t, score: item.score + scores[t] });
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates.slice(0, width).map((c) => extendItem(c.item, c.transition, c.score, gold));
}

/** Heads of words 1..n (index 0 unused; 0 means the root) from the best complete parse. */
export function parseWordsByBeam(atoms: ParseAtoms, model: Perceptron, width: number): Int32Array {
  let beam = [startBeam(atoms.words.length - 1)];
  for (let step = 0; step < 2 * (atoms.words.length - 1); step++) beam = advanceBeam(beam, atoms, model, width);
  return headsOf(beam[0].state);
}
