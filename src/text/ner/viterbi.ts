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
  for (let i = 1; i < length; i += 1) {
    for (let t = 0; t < tagCount; t += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < tagCount; p += 1) {
        const k = transitionIndex(tagCount, p, t);
        const s = score[(i - 1) * tagCount + p] + transitions[k];
        if (s > best) [best, arg] = [s, p];
      }
      score[i * tagCount + t] = best + emissions[i * tagCount + t];
      back[i * tagCount + t] = arg;
    }
  }
  return traceBack(score, back, length, tagCount, transitions);
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
