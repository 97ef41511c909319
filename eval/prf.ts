// Precision, recall and F1 from counts. Undefined ratios (0/0) are null, not 0 or 1.
export type Prf = {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
};

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}
