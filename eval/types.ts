// What every dataset scorer returns. `score` is the headline number (0..1) or null with a reason.
import type { processText } from "../src/process.js";
import type { Settings } from "../src/settings.js";

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

/** A number the gate pins beside the headline (a rejection rate, a false-alarm count). */
export type Metric = {
  name: string;
  value: number | null;
  /** False alarms per document: the gate pins a ceiling instead of a floor. */
  lowerIsBetter?: boolean;
  /** What it is, in words, printed beside it. */
  about: string;
};

/** The headline and gated metrics of one half of the items (see split-halves.ts). */
export type HalfResult = { n: number; score: number | null; metrics?: Metric[] };

export type Half = "tune" | "check";

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
  /** Further gated numbers (a floor each, or a ceiling when lower is better). */
  metrics?: Metric[];
  /** The same numbers on the tune and the check half of the items. */
  halves?: Record<Half, HalfResult>;
  /** Other metrics worth printing in --json. */
  extra?: Record<string, unknown>;
};

export type EvalOptions = {
  /** Score at most this many items (documents / snippets) of the dataset, in file order. */
  limit?: number;
  /** Score only the items of this half (`sitrep eval --half tune`, for studying errors). */
  half?: Half;
  /** Called as items are scored, so the harness can show progress on long runs (optional for scorers). */
  onProgress?: (done: number, total: number) => void;
  /** The eval data directory, for datasets that read several folders. */
  dataDir?: string;
  /** processText, remembered for the run: datasets that read the same documents share one pipeline run. */
  processText?: typeof processText;
  /** The stages' settings (`sitrep eval --set`); datasets that build their own pipeline build it from these. */
  settings?: Settings;
  /** The parser ud-ewt scores (`sitrep eval --parser`): the shipped perceptron unless "biaffine" is asked for. */
  parser?: ParserChoice;
};

export type ParserChoice = "perceptron" | "biaffine";

export type Dataset = {
  /** The folder name under the eval data directory (or the dataset's name when `folders` is given). */
  name: string;
  /** The folders it reads when they are not just `name`: each must exist, and all are hashed for the gate. */
  folders?: readonly string[];
  evaluate(dir: string, options: EvalOptions): Promise<DatasetResult>;
};
