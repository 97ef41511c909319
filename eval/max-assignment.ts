// Maximum-weight one-to-one assignment (Hungarian algorithm, O(n³)): CEAF aligns each gold cluster to at
// most one predicted cluster so that the summed similarity is largest, which greedy pairing can miss.

/** The largest total weight of a one-to-one matching between rows and columns of `weights` (rows × cols, ≥ 0). */
export function findMaxAssignment(weights: number[][]): number {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((r) => r.length));
  if (rows === 0 || cols === 0) return 0;
  const n = Math.max(rows, cols);
  const max = Math.max(0, ...weights.flat());
  // Square cost matrix for the minimising algorithm: cost = max - weight, padding cells weigh 0.
  const cost = (i: number, j: number): number => max - (weights[i]?.[j] ?? 0);
  const assignment = solveMinCostAssignment(n, cost);
  let total = 0;
  for (let i = 0; i < rows; i++) total += weights[i][assignment[i]] ?? 0;
  return total;
}

/** Row i → column assignment[i] minimising Σ cost(i, j) (the classic potentials formulation, 1-based inside). */
function solveMinCostAssignment(n: number, cost: (i: number, j: number) => number): number[] {
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const match = new Array<number>(n + 1).fill(0); // match[j] = row assigned to column j
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[match[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0];
      match[j0] = match[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const assignment = new Array<number>(n).fill(0);
  for (let j = 1; j <= n; j++) if (match[j] > 0) assignment[match[j] - 1] = j - 1;
  return assignment;
}
