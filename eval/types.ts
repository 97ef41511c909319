// What every dataset scorer returns. `score` is the headline number (0..1) or null with a reason.
export type FieldScore = {
  field: string;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** How a prediction is matched to the gold, in words ("span overlap + exact value"). */
  rule: string;
  tp?: number;
  fp?: number;
  fn?: number;
  accuracy?: number;
};

export type DatasetResult = {
  /** Items scored (documents, snippets, sentences: say which in `unit`). */
  n: number;
  unit: string;
  /** The headline number, 0..1, or null when sitrep has no component for it yet. */
  score: number | null;
  /** What the headline is ("micro-F1 over 30 labels"). */
  headline: string;
  reason?: string;
  fields: FieldScore[];
  /** Other metrics worth printing in --json. */
  extra?: Record<string, unknown>;
};

export type EvalOptions = {
  /** Score at most this many items (documents / snippets) of the dataset, in file order. */
  limit?: number;
  /** Called as items are scored, so the harness can show progress on long runs (optional for scorers). */
  onProgress?: (done: number, total: number) => void;
};

export type Dataset = {
  /** The folder name under the eval data directory. */
  name: string;
  evaluate(dir: string, options: EvalOptions): Promise<DatasetResult>;
};
