// Linked pairs -> clusters. Strongest links are joined first (ties broken by ids, so the result depends only
// on the set of records, never on the order they arrived in), and two clusters join only if no pair across
// them contradicts (same report, distant places, other actors, other days): a vague record linked to two
// strikes cannot chain them into one incident.
import { isCompatible } from "./compare-items.js";
import { findLinkedPairs } from "./find-linked-pairs.js";
import type { MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export function clusterItems(items: readonly MergeItem[], settings: MergeSettings): MergeItem[][] {
  const key = (p: { a: number; b: number }) => [items[p.a].id, items[p.b].id].sort(compareIds).join("\u0000");
  // Rank and key once per pair, not per comparison: a block of thousands of linked records sorts millions of pairs.
  const pairs = findLinkedPairs(items, settings)
    .map((p) => ({ ...p, rank: rankOf(items, p), key: key(p) }))
    .sort((x, y) => x.rank - y.rank || y.score - x.score || compareIds(x.key, y.key));
  const owner = items.map((_, i) => i);
  const members = items.map((_, i) => [i]);
  // Clusters found to clash stay clashing as they grow (every pair across them must be compatible), so a clash is
  // checked once, not again for each of the many links between two busy clusters of one town's week.
  const clashes = items.map(() => new Set<number>());
  for (const { a, b } of pairs) {
    const ra = findRoot(owner, a);
    const rb = findRoot(owner, b);
    if (ra === rb || clashes[ra].has(rb)) continue;
    if (!canJoin(members[ra], members[rb], items, settings)) {
      clashes[ra].add(rb);
      clashes[rb].add(ra);
      continue;
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
  return members.filter((m) => m.length > 0).map((m) => m.map((i) => items[i]));
}

/** Pairs of dated records join first: an undated record only joins what the dated ones have settled. */
function rankOf(items: readonly MergeItem[], pair: { a: number; b: number }): number {
  return items[pair.a].dayStart !== null && items[pair.b].dayStart !== null ? 0 : 1;
}

function canJoin(left: number[], right: number[], items: readonly MergeItem[], settings: MergeSettings): boolean {
  return left.every((i) => right.every((j) => isCompatible(items[i], items[j], settings)));
}

function findRoot(owner: number[], i: number): number {
  while (owner[i] !== i) {
    owner[i] = owner[owner[i]];
    i = owner[i];
  }
  return i;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
