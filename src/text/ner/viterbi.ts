// First-order Viterbi over BILOU tags. Transition scores are learned; transitions that would break a
// chunk (I after O, B after B) are forbidden outright, so every decoded sequence reads as whole names.
import { isAllowedEnd, isAllowedTransition } from "./tags.js";

/**
 * Transition table of (tags + 1)^2 scores: row 0 is the sentence start, row p + 1 the previous tag p;
 * column t is the next tag t, column `tags` the sentence end.
 */
export function transitionIndex(tagCount: number, prev: number, next: number): number {
  return (prev + 1) * (tagCount + 1) + next;
}

/** The learned transition scores with forbidden transitions at -Infinity: what decodeViterbi reads. */
export function maskTransitions(transitions: ArrayLike<number>, tagCount: number): Float64Array {
  const mask = buildTransitionMask(tagCount);
  return mask.map((m, k) => m + transitions[k]);
}

/** -Infinity where a transition is forbidden, 0 elsewhere. */
function buildTransitionMask(tagCount: number): Float64Array {
  const mask = new Float64Array((tagCount + 1) * (tagCount + 1));
  for (let prev = -1; prev < tagCount; prev += 1) {
    for (let next = 0; next <= tagCount; next += 1) {
      const allowed = next === tagCount ? prev >= 0 && isAllowedEnd(prev) : isAllowedTransition(prev, next);
      mask[transitionIndex(tagCount, prev, next)] = allowed ? 0 : -Infinity;
    }
  }
  return mask;
}

/** Best tag sequence for `length` tokens given emission scores (length x tags, row-major) and masked transitions. */
export function decodeViterbi(
  emissions: Float64Array,
  length: number,
  tagCount: number,
  transitions: Float64Array,
): number[] {
  if (length === 0) return [];
  const score = new Float64Array(length * tagCount);
  const back = new Int32Array(length * tagCount);
  for (let t = 0; t < tagCount; t += 1) {
    const k = transitionIndex(tagCount, -1, t);
    score[t] = emissions[t] + transitions[k];
  }
  // Only the allowed previous tags are tried (about a third of them): a forbidden one scores -Infinity,
  // which never beats the best, so skipping it leaves every score and back pointer as they were.
  const { first, previous } = allowedPreviousOf(tagCount, transitions);
  for (let i = 1; i < length; i += 1) {
    const before = (i - 1) * tagCount;
    for (let t = 0; t < tagCount; t += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let j = first[t]; j < first[t + 1]; j += 1) {
        const p = previous[j];
        const s = score[before + p] + transitions[transitionIndex(tagCount, p, t)];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * tagCount + t] = best + emissions[i * tagCount + t];
      back[i * tagCount + t] = arg;
    }
  }
  return traceBack(score, back, length, tagCount, transitions);
}

/** For each next tag t, the previous tags (ascending) whose transition to t is not forbidden: previous[first[t]..first[t + 1]). */
// The table depends on the transitions alone, which a document's tagging builds once: kept per array, not
// rebuilt for every sentence.
const ALLOWED_PREVIOUS = new WeakMap<Float64Array, { first: Int32Array; previous: Int32Array }>();

function allowedPreviousOf(tagCount: number, transitions: Float64Array): { first: Int32Array; previous: Int32Array } {
  let allowed = ALLOWED_PREVIOUS.get(transitions);
  if (!allowed) {
    allowed = findAllowedPrevious(tagCount, transitions);
    ALLOWED_PREVIOUS.set(transitions, allowed);
  }
  return allowed;
}

function findAllowedPrevious(tagCount: number, transitions: Float64Array): { first: Int32Array; previous: Int32Array } {
  const first = new Int32Array(tagCount + 1);
  const previous = new Int32Array(tagCount * tagCount);
  let n = 0;
  for (let t = 0; t < tagCount; t += 1) {
    first[t] = n;
    for (let p = 0; p < tagCount; p += 1)
      if (transitions[transitionIndex(tagCount, p, t)] !== -Infinity) previous[n++] = p;
  }
  first[tagCount] = n;
  return { first, previous };
}

function traceBack(
  score: Float64Array,
  back: Int32Array,
  length: number,
  tagCount: number,
  transitions: Float64Array,
): number[] {
  let best = -Infinity;
  let last = 0;
  for (let t = 0; t < tagCount; t += 1) {
    const k = transitionIndex(tagCount, t, tagCount);
    const s = score[(length - 1) * tagCount + t] + transitions[k];
    if (s > best) [best, last] = [s, t];
  }
  const tags = new Array<number>(length);
  tags[length - 1] = last;
  for (let i = length - 1; i > 0; i -= 1) tags[i - 1] = back[i * tagCount + tags[i]];
  return tags;
}
