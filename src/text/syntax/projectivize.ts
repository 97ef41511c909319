// Lifting non-projective arcs (Nivre & Nilsson 2005 without the label encoding): while some arc crosses
// another, the shortest such arc's dependent is reattached to its head's head. The arc-hybrid system can
// only build projective trees, and its dynamic oracle assumes a projective gold tree; about 1 English
// sentence in 20 needs a lift, and a parse of it loses only the lifted arcs.

/** Heads indexed by word (index 0 unused, 0 = root); returns a projective copy. */
export function projectivize(heads: Int32Array): Int32Array {
  const lifted = Int32Array.from(heads);
  for (;;) {
    const arc = findShortestCrossingArc(lifted);
    if (arc === 0) return lifted;
    lifted[arc] = lifted[lifted[arc]];
  }
}

function findShortestCrossingArc(heads: Int32Array): number {
  let best = 0;
  let bestLength = Infinity;
  for (let d = 1; d < heads.length; d++) {
    const h = heads[d];
    const length = Math.abs(h - d);
    if (length < bestLength && !isProjectiveArc(heads, h, d)) {
      best = d;
      bestLength = length;
    }
  }
  return best;
}

/** Every word strictly between head and dependent descends from the head. */
function isProjectiveArc(heads: Int32Array, head: number, dependent: number): boolean {
  for (let k = Math.min(head, dependent) + 1; k < Math.max(head, dependent); k++) {
    let a = k;
    while (a !== 0 && a !== head) a = heads[a];
    if (a !== head) return false;
  }
  return true;
}
