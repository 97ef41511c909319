// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at the bottom of
// the stack and attached last, so every parse has exactly one root word. Words are 1..n, 0 is the root.
//   SHIFT  moves the buffer's front onto the stack
//   LEFT   makes the buffer's front the head of s0 and pops s0
//   RIGHT  makes s1 the head of s0 and pops s0 (to the root only when the buffer is empty and s0 is alone)
// Both arc transitions pop a word that can take no more dependents, so s0 is complete when it attaches.
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

/** Per-word facts a state keeps (after the stack, in one buffer). */
export const HEAD = 0;
export const LEFT1 = 1; // leftmost child (0 when none)
export const LEFT2 = 2; // second leftmost
export const RIGHT1 = 3; // rightmost child
export const RIGHT2 = 4; // second rightmost
export const LEFT_COUNT = 5; // children on each side
export const RIGHT_COUNT = 6;
const FIELDS = 7;

export type ParseState = {
  n: number;
  depth: number;
  /** The buffer's front (words n+1.. mean empty). */
  front: number;
  /** The stack (n + 2 slots), then FIELDS rows of n + 1 per-word values: one buffer, so the beam copies a
   * state with one slice (eleven typed arrays per copy were the beam's largest cost). */
  data: Int32Array;
};

export function createParseState(n: number): ParseState {
  const data = new Int32Array(n + 2 + FIELDS * (n + 1));
  data.fill(-1, n + 2, n + 2 + (n + 1)); // heads: none yet
  data[0] = 0; // the root at the stack's bottom
  return { n, depth: 1, front: 1, data };
}

/** An independent copy (beam search keeps several states alive and extends each differently). */
export function cloneParseState(state: ParseState): ParseState {
  return { n: state.n, depth: state.depth, front: state.front, data: state.data.slice() };
}

/** Word i's value of a per-word field (HEAD, LEFT1, ..., RIGHT_COUNT). */
export function wordFact(state: ParseState, field: number, i: number): number {
  return state.data[state.n + 2 + field * (state.n + 1) + i];
}

/** The k-th stack slot from the bottom (0 is the root). */
export function stackAt(state: ParseState, k: number): number {
  return state.data[k];
}

/** Heads of words 1..n (index 0 unused; 0 means the root, -1 not attached yet). */
export function headsOf(state: ParseState): Int32Array {
  const from = state.n + 2;
  return state.data.subarray(from, from + state.n + 1);
}

export function isTerminal(state: ParseState): boolean {
  return state.front > state.n && state.depth === 1;
}

export function isLegal(state: ParseState, transition: number): boolean {
  const hasBuffer = state.front <= state.n;
  if (transition === SHIFT) return hasBuffer;
  if (transition === LEFT) return hasBuffer && state.depth >= 2;
  return state.depth >= 3 || (state.depth === 2 && !hasBuffer);
}

export function applyTransition(state: ParseState, transition: number): void {
  if (transition === SHIFT) {
    state.data[state.depth++] = state.front++;
    return;
  }
  const dependent = state.data[--state.depth];
  const head = transition === LEFT ? state.front : state.data[state.depth - 1];
  attach(state, head, dependent);
}

function attach(state: ParseState, head: number, dependent: number): void {
  const { data, n } = state;
  data[rowStart(n, HEAD) + dependent] = head;
  if (dependent < head) {
    data[rowStart(n, LEFT_COUNT) + head]++;
    const [first, second] = [rowStart(n, LEFT1) + head, rowStart(n, LEFT2) + head];
    if (data[first] === 0 || dependent < data[first]) {
      data[second] = data[first];
      data[first] = dependent;
    } else if (data[second] === 0 || dependent < data[second]) data[second] = dependent;
  } else {
    data[rowStart(n, RIGHT_COUNT) + head]++;
    const [first, second] = [rowStart(n, RIGHT1) + head, rowStart(n, RIGHT2) + head];
    if (dependent > data[first]) {
      data[second] = data[first];
      data[first] = dependent;
    } else if (dependent > data[second]) data[second] = dependent;
  }
}

/** Where field `field`'s row of word facts starts in `data` (a function of its own: attach runs per arc). */
function rowStart(n: number, field: number): number {
  return n + 2 + field * (n + 1);
}

/**
 * How many gold arcs a transition makes unreachable (Goldberg & Nivre 2013's dynamic oracle for arc-hybrid,
 * adapted to the root at the stack's bottom: the root stays reachable for any word still on the stack).
 * `gold` holds projective gold heads.
 */
export function costOf(state: ParseState, transition: number, gold: Int32Array): number {
  const { data: stack, depth, front, n } = state;
  if (transition === SHIFT) {
    let cost = 0;
    for (let k = 1; k < depth; k++) if (gold[stack[k]] === front) cost++;
    const head = gold[front];
    for (let k = 1; k < depth - 1; k++) if (stack[k] === head) cost++;
    return cost;
  }
  const s0 = stack[depth - 1];
  const s1 = stack[depth - 2];
  let cost = 0;
  for (let d = front; d <= n; d++) if (gold[d] === s0) cost++;
  const head = gold[s0];
  if (transition === LEFT) {
    if (head !== front && (head === s1 || head > front || head === 0)) cost++;
  } else if (head !== s1 && (head >= front || head === 0)) cost++;
  return cost;
}
