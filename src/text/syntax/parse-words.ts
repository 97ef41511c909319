// Greedy arc-hybrid parsing with the averaged perceptron: at each step the best-scoring legal transition.
import {
  applyTransition,
  createParseState,
  headsOf,
  isLegal,
  isTerminal,
  type ParseState,
  TRANSITIONS,
} from "./arc-hybrid.js";
import { addScores, type Perceptron } from "./averaged-perceptron.js";
import { hashString } from "./hash-feature.js";
import { fillParseFeatures, PARSE_FEATURE_COUNT, type ParseAtoms } from "./parse-features.js";
import type { WordAtoms } from "./word-atoms.js";

const ROOT_WORD = hashString("<root>");
const ROOT_TAG = 97;

/** Atoms for words 1..n (index 0 is the root) from the tagger's word atoms (lower-cased form) and tags. */
export function findParseAtoms(words: readonly WordAtoms[], tags: ArrayLike<number>): ParseAtoms {
  const atoms: ParseAtoms = { words: new Int32Array(words.length + 1), tags: new Int32Array(words.length + 1) };
  atoms.words[0] = ROOT_WORD;
  atoms.tags[0] = ROOT_TAG;
  for (let i = 0; i < words.length; i++) {
    atoms.words[i + 1] = words[i].lower;
    atoms.tags[i + 1] = tags[i];
  }
  return atoms;
}

/** The best legal transition by the model's scores (scores is scratch space of length TRANSITIONS). */
export function pickTransition(
  state: ParseState,
  model: Perceptron,
  features: Int32Array,
  count: number,
  scores: Float64Array,
): number {
  scores.fill(0);
  addScores(model, features, count, scores);
  let best = -1;
  for (let t = 0; t < TRANSITIONS; t++) if (isLegal(state, t) && (best < 0 || scores[t] > scores[best])) best = t;
  return best;
}

/** Heads of words 1..n (index 0 unused; 0 means the root). */
export function parseWords(atoms: ParseAtoms, model: Perceptron): Int32Array {
  const state = createParseState(atoms.words.length - 1);
  const features = new Int32Array(PARSE_FEATURE_COUNT);
  const scores = new Float64Array(TRANSITIONS);
  while (!isTerminal(state)) {
    const forced = findForcedTransition(state);
    if (forced >= 0) {
      applyTransition(state, forced);
      continue;
    }
    const count = fillParseFeatures(state, atoms, features);
    applyTransition(state, pickTransition(state, model, features, count, scores));
  }
  return headsOf(state);
}

/** The only legal transition, or -1: an empty stack must SHIFT, an empty buffer must RIGHT (no scoring needed). */
function findForcedTransition(state: ParseState): number {
  let only = -1;
  for (let t = 0; t < TRANSITIONS; t++) {
    if (!isLegal(state, t)) continue;
    if (only >= 0) return -1;
    only = t;
  }
  return only;
}
