// Refiner: of overlapping ranges keep the longest; at equal length the one `priority` ranks first (lower
// wins: the dates stage lists its specific parsers first), then the earlier one.
import type { Range } from "../doc.js";
import { overlaps } from "./span-overlap.js";

export function removeOverlaps<T extends Range>(items: readonly T[], priority: (item: T) => number = () => 0): T[] {
  const ranked = [...items].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const item of ranked) if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}
