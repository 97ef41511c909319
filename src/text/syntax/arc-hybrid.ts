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

export type ParseState = {
  n: number;
  stack: Int32Array;
  depth: number;
  /** The buffer's front (words n+1.. mean empty). */
  front: number;
  heads: Int32Array;
  /** Per word: two leftmost and two rightmost children (0 when none) and the counts each side. */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
};

export function createParseState(n: number): ParseState {
  const size = n + 1;
  const state: ParseState = {
    n,
    stack: new Int32Array(size + 1),
    depth: 1,
    front: 1,
    heads: new Int32Array(size).fill(-1),
    left1: new Int32Array(size),
    left2: new Int32Array(size),
    right1: new Int32Array(size),
    right2: new Int32Array(size),
    leftCount: new Int32Array(size),
    rightCount: new Int32Array(size),
  };
  state.stack[0] = 0;
  return state;
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
    state.stack[state.depth++] = state.front++;
    return;
  }
  const dependent = state.stack[--state.depth];
  const head = transition === LEFT ? state.front : state.stack[state.depth - 1];
  attach(state, head, dependent);
}

function attach(state: ParseState, head: number, dependent: number): void {
  state.heads[dependent] = head;
  if (dependent < head) {
    state.leftCount[head]++;
    if (state.left1[head] === 0 || dependent < state.left1[head]) {
      state.left2[head] = state.left1[head];
      state.left1[head] = dependent;
    } else if (state.left2[head] === 0 || dependent < state.left2[head]) state.left2[head] = dependent;
  } else {
    state.rightCount[head]++;
    if (dependent > state.right1[head]) {
      state.right2[head] = state.right1[head];
      state.right1[head] = dependent;
    } else if (dependent > state.right2[head]) state.right2[head] = dependent;
  }
}

/**
 * How many gold arcs a transition makes unreachable (Goldberg & Nivre 2013's dynamic oracle for arc-hybrid,
 * adapted to the root at the stack's bottom: the root stays reachable for any word still on the stack).
 * `gold` holds projective gold heads.
 */
export function costOf(state: ParseState, transition: number, gold: Int32Array): number {
  const { stack, depth, front, n } = state;
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
