// Linked pairs -> clusters. Strongest links are joined first (ties broken by ids, so the result depends only
// on the set of records, never on the order they arrived in), and two clusters join only if no pair across
// them contradicts (same report, distant places, other actors, other days): a vague record linked to two
// strikes cannot chain them into one incident.
import { isCompatible } from "./compare-items.js";
import { findLinkedPairs } from "./find-linked-pairs.js";
import type { MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export function clusterItems(items: readonly MergeItem[], settings: MergeSettings): MergeItem[][] {
  // Rank and key once per pair, not per comparison: a block of thousands of linked records sorts millions of pairs.
  const pairs = findLinkedPairs(items, settings)
    .map((p) => ({ ...p, rank: rankOf(items[p.a], items[p.b]), key: keyOf(items[p.a].id, items[p.b].id) }))
    .sort(compareLinks);
  const clusters = startClusters(items.length);
  for (const { a, b } of pairs) offerLink(clusters, a, b, items, settings);
  return clusters.members.filter((m) => m.length > 0).map((m) => m.map((i) => items[i]));
}

/** Clusters of items by index, as the links so far joined them. */
export type Clusters = { owner: number[]; members: number[][]; clashes: Set<number>[] };

export type RankedLink = { rank: number; score: number; key: string };

export function startClusters(count: number): Clusters {
  return {
    owner: Array.from({ length: count }, (_, i) => i),
    members: Array.from({ length: count }, (_, i) => [i]),
    clashes: Array.from({ length: count }, () => new Set<number>()),
  };
}

/** The order links are taken in: strongest first, ties broken by the two ids. */
export function compareLinks(x: RankedLink, y: RankedLink): number {
  return x.rank - y.rank || y.score - x.score || compareIds(x.key, y.key);
}

export function keyOf(a: string, b: string): string {
  return [a, b].sort(compareIds).join("\u0000");
}

/** Joins the clusters of a and b when every pair across them is compatible. */
export function offerLink(
  clusters: Clusters,
  a: number,
  b: number,
  items: readonly MergeItem[],
  settings: MergeSettings,
): void {
  const { owner, members, clashes } = clusters;
  const ra = findRoot(owner, a);
  const rb = findRoot(owner, b);
  // Clusters found to clash stay clashing as they grow (every pair across them must be compatible), so a clash is
  // checked once, not again for each of the many links between two busy clusters of one town's week.
  if (ra === rb || clashes[ra].has(rb)) return;
  if (!canJoin(members[ra], members[rb], items, settings)) {
    clashes[ra].add(rb);
    clashes[rb].add(ra);
    return;
  }
  const [keep, drop] = members[ra].length >= members[rb].length ? [ra, rb] : [rb, ra];
  owner[drop] = keep;
  members[keep].push(...members[drop]);
  members[drop] = [];
  for (const other of clashes[drop]) {
    clashes[keep].add(other);
    clashes[other].add(keep);
  }
}

/** Pairs of dated records join first: an undated record only joins what the dated ones have settled. */
export function rankOf(a: MergeItem, b: MergeItem): number {
  return a.dayStart !== null && b.dayStart !== null ? 0 : 1;
}

function canJoin(left: number[], right: number[], items: readonly MergeItem[], settings: MergeSettings): boolean {
  return left.every((i) => right.every((j) => isCompatible(items[i], items[j], settings)));
}

export function findRoot(owner: number[], i: number): number {
  while (owner[i] !== i) {
    owner[i] = owner[owner[i]];
    i = owner[i];
  }
  return i;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
