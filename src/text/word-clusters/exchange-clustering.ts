// Exchange clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998): words are moved one at a time to
// the class that most raises the likelihood of a class bigram model, Σ N(c,d) log N(c,d) − 2 Σ N(c) log N(c)
// (the class-transition part of Brown et al. 1992's objective), until a pass moves few words. The same
// routine clusters the classes themselves (clusterClasses) to give coarser levels nested in the finer ones,
// which stand in for the bit-string prefixes of Brown clusters (Koo, Carreras & Collins 2008).
// Deterministic: words visited in the order given, ties kept in place.

/** A vocabulary as counts: `counts[w]` its frequency, `next[w]` the words after it with how often. */
export type BigramCounts = { counts: readonly number[]; next: readonly ReadonlyMap<number, number>[] };

export type ExchangeSettings = { classes: number; maxPasses: number; minMovedShare: number };

const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/** A class per word (0..classes-1). Words should come most frequent first: they seed one class each. */
export function clusterByExchange(
  data: BigramCounts,
  settings: ExchangeSettings,
  log?: (line: string) => void,
): Int32Array {
  const size = data.counts.length;
  const C = settings.classes;
  const previous = invertBigrams(data.next, size);
  const cls = Int32Array.from({ length: size }, (_, w) => w % C);
  const unigram = new Float64Array(C);
  const pair = new Float64Array(C * C);
  data.counts.forEach((n, w) => {
    unigram[cls[w]] += n;
  });
  data.next.forEach((after, w) => {
    for (const [u, n] of after) pair[cls[w] * C + cls[u]] += n;
  });
  const table = { pair, pairLog: pair.map(xlogx), unigram, C };
  const left = new Float64Array(C);
  const right = new Float64Array(C);
  for (let pass = 1; pass <= settings.maxPasses; pass++) {
    let moved = 0;
    for (let w = 0; w < size; w++) {
      const self = collectNeighbourClasses(w, cls, previous[w], data.next[w], left, right);
      const from = cls[w];
      const word = { count: data.counts[w], self, left, right };
      applyWord(table, word, from, -1);
      const to = findBestClass(table, word, from);
      applyWord(table, word, to, 1);
      cls[w] = to;
      if (to !== from) moved++;
      left.fill(0);
      right.fill(0);
    }
    log?.(`exchange ${C} classes, pass ${pass}: ${moved} of ${size} moved`);
    if (moved < settings.minMovedShare * size) break;
  }
  return cls;
}

function invertBigrams(next: readonly ReadonlyMap<number, number>[], size: number): Map<number, number>[] {
  const previous = Array.from({ length: size }, () => new Map<number, number>());
  next.forEach((after, w) => {
    for (const [u, n] of after) previous[u].set(w, n);
  });
  return previous;
}

/** Fills left/right with the counts of w's neighbours by class (w itself left out); returns n(w,w). */
function collectNeighbourClasses(
  w: number,
  cls: Int32Array,
  before: ReadonlyMap<number, number>,
  after: ReadonlyMap<number, number>,
  left: Float64Array,
  right: Float64Array,
): number {
  for (const [v, n] of before) if (v !== w) left[cls[v]] += n;
  for (const [u, n] of after) if (u !== w) right[cls[u]] += n;
  return after.get(w) ?? 0;
}

/** Class bigram counts, with x log x of each kept beside them (the gains read it for every candidate class). */
type ClassTable = { pair: Float64Array; pairLog: Float64Array; unigram: Float64Array; C: number };
/** A word's count, its bigrams with itself, and its neighbours' counts by class (itself left out). */
type WordCounts = { count: number; self: number; left: Float64Array; right: Float64Array };

/** Adds (sign 1) or removes (sign −1) a word's counts to or from class c. */
function applyWord(table: ClassTable, word: WordCounts, c: number, sign: number): void {
  const { pair, pairLog, C } = table;
  const add = (at: number, n: number) => {
    pair[at] += sign * n;
    pairLog[at] = xlogx(pair[at]);
  };
  for (let d = 0; d < C; d++) {
    if (word.left[d] !== 0) add(d * C + c, word.left[d]);
    if (word.right[d] !== 0) add(c * C + d, word.right[d]);
  }
  add(c * C + c, word.self);
  table.unigram[c] += sign * word.count;
}

function findBestClass(table: ClassTable, word: WordCounts, from: number): number {
  const { pair, pairLog, unigram, C } = table;
  const { count, self, left, right } = word;
  const leftClasses: number[] = [];
  const rightClasses: number[] = [];
  for (let d = 0; d < C; d++) {
    if (left[d] !== 0) leftClasses.push(d);
    if (right[d] !== 0) rightClasses.push(d);
  }
  let best = from;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (let b = 0; b < C; b++) {
    let gain = -2 * (xlogx(unigram[b] + count) - xlogx(unigram[b]));
    for (const d of leftClasses) {
      if (d === b) continue;
      const at = d * C + b;
      gain += xlogx(pair[at] + left[d]) - pairLog[at];
    }
    for (const d of rightClasses) {
      if (d === b) continue;
      const at = b * C + d;
      gain += xlogx(pair[at] + right[d]) - pairLog[at];
    }
    const loop = b * C + b;
    gain += xlogx(pair[loop] + left[b] + right[b] + self) - pairLog[loop];
    if (gain > bestGain + 1e-6 || (b === from && gain >= bestGain - 1e-6)) {
      bestGain = gain;
      best = b;
    }
  }
  return best;
}

/** The class-level bigram counts of a clustering: its classes as the words of a coarser clustering. */
export function countClassBigrams(data: BigramCounts, cls: Int32Array, classes: number): BigramCounts {
  const counts = new Array<number>(classes).fill(0);
  const next = Array.from({ length: classes }, () => new Map<number, number>());
  data.counts.forEach((n, w) => {
    counts[cls[w]] += n;
  });
  data.next.forEach((after, w) => {
    const row = next[cls[w]];
    for (const [u, n] of after) row.set(cls[u], (row.get(cls[u]) ?? 0) + n);
  });
  return { counts, next };
}
