// The CoNLL coreference metrics (MUC, B³, CEAF-e and their mean, the "CoNLL F1"), as the reference scorer
// (github.com/conll/reference-coreference-scorers, Pradhan et al. 2014) defines them. Pure functions over
// clusters of mention ids so ecbplus (and any later merge scorer) can test them on tiny hand-checked cases.
import { findMaxAssignment } from "./max-assignment.js";

export type Cluster = readonly string[];
export type CorefScore = { recall: number; precision: number; f1: number };
export type ConllScores = { muc: CorefScore; bcub: CorefScore; ceafe: CorefScore; conllF1: number };

export function scoreConll(key: readonly Cluster[], response: readonly Cluster[]): ConllScores {
  const muc = scoreMuc(key, response);
  const bcub = scoreBcubed(key, response);
  const ceafe = scoreCeafe(key, response);
  return { muc, bcub, ceafe, conllF1: (muc.f1 + bcub.f1 + ceafe.f1) / 3 };
}

/** MUC (Vilain et al. 1995): links kept. Recall Σ(|K| − |partitions of K by the response|) / Σ(|K| − 1). */
export function scoreMuc(key: readonly Cluster[], response: readonly Cluster[]): CorefScore {
  const recall = ratio(countMucLinks(key, response));
  const precision = ratio(countMucLinks(response, key));
  return withF1(recall, precision);
}

function countMucLinks(clusters: readonly Cluster[], other: readonly Cluster[]): [number, number] {
  const owner = indexClusters(other);
  let kept = 0;
  let total = 0;
  for (const cluster of clusters) {
    // A mention the other side lacks is its own partition (the reference scorer's rule).
    const parts = new Set(cluster.map((m) => owner.get(m) ?? `missing:${m}`));
    kept += cluster.length - parts.size;
    total += cluster.length - 1;
  }
  return [kept, total];
}

/** B³ (Bagga & Baldwin 1998): per mention, the overlap of its key and response clusters, averaged. */
export function scoreBcubed(key: readonly Cluster[], response: readonly Cluster[]): CorefScore {
  return withF1(ratio(sumBcubed(key, response)), ratio(sumBcubed(response, key)));
}

function sumBcubed(clusters: readonly Cluster[], other: readonly Cluster[]): [number, number] {
  const owner = indexClusters(other);
  let sum = 0;
  let mentions = 0;
  for (const cluster of clusters) {
    const overlaps = new Map<number, number>();
    for (const m of cluster) {
      const o = owner.get(m);
      if (o !== undefined) overlaps.set(o, (overlaps.get(o) ?? 0) + 1);
    }
    for (const shared of overlaps.values()) sum += (shared * shared) / cluster.length;
    mentions += cluster.length;
  }
  return [sum, mentions];
}

/** CEAF-e (Luo 2005): best one-to-one cluster alignment under φ4 = 2|K∩R| / (|K| + |R|). */
export function scoreCeafe(key: readonly Cluster[], response: readonly Cluster[]): CorefScore {
  // Clusters sharing no mention have similarity 0, so the best alignment is the sum of the best alignments of
  // each group of overlapping clusters: the same number as one big matrix, without an O(n³) over thousands
  // of singletons (ECB+ pooled over topics).
  let common = 0;
  for (const [keys, responses] of groupOverlapping(key, response)) {
    const responseSets = responses.map((r) => new Set(r));
    common += findMaxAssignment(
      keys.map((k) => responseSets.map((r) => (2 * k.filter((m) => r.has(m)).length) / (k.length + r.size))),
    );
  }
  return withF1(ratio([common, key.length]), ratio([common, response.length]));
}

/** Key and response clusters in groups connected by shared mentions (union-find over cluster indexes). */
function groupOverlapping(key: readonly Cluster[], response: readonly Cluster[]): [Cluster[], Cluster[]][] {
  const parent = [...key, ...response].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const keyOf = indexClusters(key);
  response.forEach((cluster, r) => {
    for (const m of cluster) {
      const k = keyOf.get(m);
      if (k !== undefined) parent[find(key.length + r)] = find(k);
    }
  });
  const groups = new Map<number, [Cluster[], Cluster[]]>();
  const groupOf = (i: number) => groups.get(find(i)) ?? groups.set(find(i), [[], []]).get(find(i))!;
  key.forEach((cluster, k) => groupOf(k)[0].push(cluster));
  response.forEach((cluster, r) => groupOf(key.length + r)[1].push(cluster));
  return [...groups.values()];
}

function indexClusters(clusters: readonly Cluster[]): Map<string, number> {
  const owner = new Map<string, number>();
  clusters.forEach((cluster, i) => cluster.forEach((m) => owner.set(m, i)));
  return owner;
}

/** 0/0 is 0 here, as in the reference scorer (an empty response scores 0, not "undefined"). */
function ratio([num, den]: [number, number]): number {
  return den === 0 ? 0 : num / den;
}

function withF1(recall: number, precision: number): CorefScore {
  return { recall, precision, f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision) };
}
