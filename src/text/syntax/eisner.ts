// Eisner's (1996) cubic decoder: the highest-scoring projective tree over a sentence's words, with exactly
// one word attached to the root (UD's rule). The root is kept out of the chart and joined at the end: the
// word r whose left and right complete spans plus the root arc score best.
/**
 * `scores[m * size + h]`: word m's head is h (0 is the root), for size = words + 1. Returns heads
 * indexed by word (heads[0] = 0 for the root itself).
 */
export function decodeEisner(scores: Float64Array, size: number): Int32Array {
  const n = size;
  const at = (s: number, t: number) => s * n + t;
  // Spans over words 1..n-1. Cr: head s, covers s..t; Cl: head t; Ir: arc s→t; Il: arc t→s.
  const cr = new Float64Array(n * n);
  const cl = new Float64Array(n * n);
  const ir = new Float64Array(n * n);
  const il = new Float64Array(n * n);
  const crSplit = new Int32Array(n * n);
  const clSplit = new Int32Array(n * n);
  const iSplit = new Int32Array(n * n);
  for (let k = 1; k < n - 1; k++) {
    for (let s = 1; s + k < n; s++) {
      const t = s + k;
      let best = Number.NEGATIVE_INFINITY;
      let split = s;
      for (let r = s; r < t; r++) {
        const v = cr[at(s, r)] + cl[at(r + 1, t)];
        if (v > best) [best, split] = [v, r];
      }
      ir[at(s, t)] = best + scores[t * n + s];
      il[at(s, t)] = best + scores[s * n + t];
      iSplit[at(s, t)] = split;
      fillComplete(s, t);
    }
  }
  function fillComplete(s: number, t: number): void {
    let best = Number.NEGATIVE_INFINITY;
    let split = s + 1;
    for (let r = s + 1; r <= t; r++) {
      const v = ir[at(s, r)] + cr[at(r, t)];
      if (v > best) [best, split] = [v, r];
    }
    cr[at(s, t)] = best;
    crSplit[at(s, t)] = split;
    best = Number.NEGATIVE_INFINITY;
    split = s;
    for (let r = s; r < t; r++) {
      const v = cl[at(s, r)] + il[at(r, t)];
      if (v > best) [best, split] = [v, r];
    }
    cl[at(s, t)] = best;
    clSplit[at(s, t)] = split;
  }
  const heads = new Int32Array(n);
  let root = 1;
  let bestRoot = Number.NEGATIVE_INFINITY;
  for (let r = 1; r < n; r++) {
    const v = cl[at(1, r)] + cr[at(r, n - 1)] + scores[r * n];
    if (v > bestRoot) [bestRoot, root] = [v, r];
  }
  heads[root] = 0;
  const walk = (kind: "cr" | "cl" | "ir" | "il", s: number, t: number): void => {
    if (s === t) return;
    if (kind === "ir" || kind === "il") {
      if (kind === "ir") heads[t] = s;
      else heads[s] = t;
      const r = iSplit[at(s, t)];
      walk("cr", s, r);
      walk("cl", r + 1, t);
    } else if (kind === "cr") {
      const r = crSplit[at(s, t)];
      walk("ir", s, r);
      walk("cr", r, t);
    } else {
      const r = clSplit[at(s, t)];
      walk("cl", s, r);
      walk("il", r, t);
    }
  };
  walk("cl", 1, root);
  walk("cr", root, n - 1);
  return heads;
}
