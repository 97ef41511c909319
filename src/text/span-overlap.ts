// Overlap and containment of [start, end) ranges: the tests every refiner and stage makes on spans.
import type { Range } from "../doc.js";

/** The two ranges share at least one character (touching ends do not). */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Some range of `spans` overlaps `s`. */
export function overlapsAny(spans: readonly Range[], s: Range): boolean {
  return spans.some((x) => overlaps(x, s));
}

/** `outer` holds all of `inner` (the same range counts). */
export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
