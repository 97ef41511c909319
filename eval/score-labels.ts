// Single-label classification scores (one gold and one predicted label per item): per-label P/R/F1,
// micro-F1 (which equals accuracy when every item has exactly one gold and one predicted label) and
// macro-F1 over the labels that occur in gold or prediction.
import { prf } from "./prf.js";
import type { FieldScore } from "./types.js";

export type LabelPair = { gold: string; predicted: string };

export type LabelScores = {
  accuracy: number | null;
  microF1: number | null;
  /** Mean F1 over labels seen in gold or prediction; a label with undefined F1 counts as 0. */
  macroF1: number | null;
  /** Micro-F1 when `ignore` (e.g. "NONE") is treated as "no prediction" / "no gold" rather than a class. */
  microF1Without: number | null;
  perLabel: FieldScore[];
};

export function scoreLabels(pairs: LabelPair[], ignore = "NONE"): LabelScores {
  const labels = [...new Set(pairs.flatMap((p) => [p.gold, p.predicted]))].sort();
  const perLabel = labels.map((label) => scoreLabel(pairs, label));
  const correct = pairs.filter((p) => p.gold === p.predicted).length;
  const accuracy = pairs.length ? correct / pairs.length : null;
  const macroF1 = perLabel.length ? perLabel.reduce((sum, s) => sum + (s.f1 ?? 0), 0) / perLabel.length : null;
  const kept = perLabel.filter((s) => s.field !== ignore);
  const sum = (key: "tp" | "fp" | "fn") => kept.reduce((n, s) => n + (s[key] ?? 0), 0);
  return { accuracy, microF1: accuracy, macroF1, microF1Without: prf(sum("tp"), sum("fp"), sum("fn")).f1, perLabel };
}

function scoreLabel(pairs: LabelPair[], label: string): FieldScore {
  const tp = pairs.filter((p) => p.gold === label && p.predicted === label).length;
  const fp = pairs.filter((p) => p.gold !== label && p.predicted === label).length;
  const fn = pairs.filter((p) => p.gold === label && p.predicted !== label).length;
  return { field: label, ...prf(tp, fp, fn), rule: "exact label per item", tp, fp, fn };
}
