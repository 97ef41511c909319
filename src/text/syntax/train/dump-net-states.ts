// Writes the parser states the feed-forward scorer learns from (train/train-parser-net.py reads them):
// per state the NET_INPUTS ids of net-features.ts and one mask: the oracle's transition (bits 0-2) and the
// legal ones (bits 3-5). The oracle's is one fixed choice among the zero-cost ones (by the dynamic oracle's
// costOf; arcs before SHIFT): trained to accept any zero-cost transition, the net took ones the canonical
// path never does and met states unlike any it learnt from (train UAS 0.84 though it agreed with the
// oracle on every training state; models/README.md). States with one legal transition are left out:
// the parser never scores them. `follow` picks the transition taken, so the same code writes the static
// oracle's states and, with a trained scorer, the states the parser itself reaches (exploration).
import { writeFileSync } from "node:fs";
import {
  applyTransition,
  costOf,
  createParseState,
  isLegal,
  isTerminal,
  type ParseState,
  TRANSITIONS,
} from "../arc-hybrid.js";
import { fillNetInputs, NET_INPUTS, NET_PLACES, type NetAtoms } from "../net-features.js";

export type NetExample = { atoms: NetAtoms; gold: Int32Array };
/** The transition to take, given the state, its net inputs and its zero-cost mask. */
export type FollowTransition = (state: ParseState, atoms: NetAtoms, zeroCost: number) => number;

const ROW = NET_INPUTS + 1;

export function collectNetStates(examples: readonly NetExample[], follow: FollowTransition): Int32Array {
  let rows: Int32Array = new Int32Array(ROW * (1 << 16));
  let count = 0;
  const places = new Int32Array(NET_PLACES);
  for (const { atoms, gold } of examples) {
    const state = createParseState(gold.length - 1);
    while (!isTerminal(state)) {
      const { zeroCost, legal } = maskTransitions(state, gold);
      if (legal !== 1 && legal !== 2 && legal !== 4) {
        if ((count + 1) * ROW > rows.length) rows = grow(rows);
        const row = rows.subarray(count * ROW, (count + 1) * ROW);
        fillNetInputs(state, atoms, places, row);
        row[NET_INPUTS] = (1 << followOracle(state, atoms, zeroCost)) | (legal << 3);
        count++;
        applyTransition(state, follow(state, atoms, zeroCost));
      } else applyTransition(state, Math.log2(legal));
    }
  }
  return rows.slice(0, count * ROW);
}

/** Bitmasks of the legal transitions and of the legal ones that lose no more gold arcs than the best. */
function maskTransitions(state: ParseState, gold: Int32Array): { zeroCost: number; legal: number } {
  let legal = 0;
  let cheapest = Infinity;
  const costs = [Infinity, Infinity, Infinity];
  for (let t = 0; t < TRANSITIONS; t++) {
    if (!isLegal(state, t)) continue;
    legal |= 1 << t;
    costs[t] = costOf(state, t, gold);
    cheapest = Math.min(cheapest, costs[t]);
  }
  let zeroCost = 0;
  for (let t = 0; t < TRANSITIONS; t++) if (costs[t] === cheapest) zeroCost |= 1 << t;
  return { zeroCost, legal };
}

/** The static oracle: an arc transition when one is free, else SHIFT (LEFT, RIGHT, SHIFT order). */
export function followOracle(_state: ParseState, _atoms: NetAtoms, zeroCost: number): number {
  for (const t of [1, 2, 0]) if (zeroCost & (1 << t)) return t;
  return 0;
}

function grow(rows: Int32Array): Int32Array {
  const bigger = new Int32Array(rows.length * 2);
  bigger.set(rows);
  return bigger;
}

export function writeNetStates(path: string, rows: Int32Array): void {
  writeFileSync(path, Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength));
}
