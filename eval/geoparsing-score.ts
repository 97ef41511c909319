// Scoring of found and placed toponyms, kept apart from prediction so it can be tested by hand.
// A predicted place matches a gold toponym when their spans overlap (one-to-one, earliest first). A
// matched toponym is "placed" when the predicted point is within 161 km (100 miles) of the gold point:
// the accuracy@161km of the geoparsing literature. Gold toponyms without coordinates (some LGL ones)
// count for detection only.
import { distanceKm } from "../src/text/gazetteer/distance-km.js";
import type { GoldToponym } from "./geoparsing-corpus.js";

export const ACCURACY_KM = 161;

export type PredictedToponym = { start: number; end: number; latitude: number | null; longitude: number | null };

export type ToponymCounts = {
  gold: number;
  /** Gold toponyms with coordinates: the denominator of accuracy@161. */
  goldWithPoint: number;
  predicted: number;
  /** Gold toponyms overlapped by a prediction. */
  found: number;
  /** Gold toponyms with a point that were found and placed within 161 km. */
  placed: number;
  /** Predictions matched to a gold toponym that has no point: neither right nor wrong end to end. */
  unjudged: number;
  /** Error in km of every found toponym where both sides have a point. */
  errorsKm: number[];
};

export function emptyCounts(): ToponymCounts {
  return { gold: 0, goldWithPoint: 0, predicted: 0, found: 0, placed: 0, unjudged: 0, errorsKm: [] };
}

export function scoreDocument(gold: readonly GoldToponym[], predicted: readonly PredictedToponym[]): ToponymCounts {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.goldWithPoint = gold.filter(hasPoint).length;
  counts.predicted = predicted.length;
  const used = new Set<number>();
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    const i = predicted.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
    if (i < 0) continue;
    used.add(i);
    counts.found++;
    const p = predicted[i];
    if (!hasPoint(g)) counts.unjudged++;
    if (!hasPoint(g) || !hasPoint(p)) continue;
    const km = distanceKm(g as Point, p as Point);
    counts.errorsKm.push(km);
    if (km <= ACCURACY_KM) counts.placed++;
  }
  return counts;
}

export function addCounts(a: ToponymCounts, b: ToponymCounts): ToponymCounts {
  return {
    gold: a.gold + b.gold,
    goldWithPoint: a.goldWithPoint + b.goldWithPoint,
    predicted: a.predicted + b.predicted,
    found: a.found + b.found,
    placed: a.placed + b.placed,
    unjudged: a.unjudged + b.unjudged,
    errorsKm: [...a.errorsKm, ...b.errorsKm],
  };
}

/** Share of gold toponyms with a point that were found and placed within 161 km; null with no gold. */
export function accuracyAt161(c: ToponymCounts): number | null {
  return c.goldWithPoint === 0 ? null : c.placed / c.goldWithPoint;
}

/**
 * End to end: a prediction is right when it overlaps a gold toponym and lies within 161 km of it. Precision
 * is over every prediction except those matched to gold without a point (which cannot be judged); recall
 * is accuracy@161.
 */
export function endToEnd(c: ToponymCounts): { precision: number | null; recall: number | null; f1: number | null } {
  const judged = c.predicted - c.unjudged;
  const precision = judged > 0 ? c.placed / judged : null;
  const recall = accuracyAt161(c);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function medianKm(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type Point = { latitude: number; longitude: number };

function hasPoint(p: { latitude: number | null; longitude: number | null }): boolean {
  return p.latitude !== null && p.longitude !== null && Number.isFinite(p.latitude) && Number.isFinite(p.longitude);
}
