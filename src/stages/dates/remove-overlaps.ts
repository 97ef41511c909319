// Refiner: of overlapping candidates keep the longest ("two years ago" over "two years"; "the third
// quarter of 1988" over "1988"); on equal length the parser listed first wins (the more specific one).
import type { Candidate } from "./candidate.js";

export function removeOverlaps(candidates: readonly Candidate[], priority: (c: Candidate) => number): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
