// `sitrep eval` and the gate share this: run each selected dataset's scorer over its folder under the data
// directory. A missing folder is a result ("skipped"), not an error, so a partial checkout still reports
// the rest; a scorer that throws is reported with its message and does not stop the others.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../src/errors.js";
import { projectRoot } from "../src/paths.js";
import { buildProcessor, type ProcessResult, processText } from "../src/process.js";
import { loadResources } from "../src/resources.js";
import type { Settings } from "../src/settings.js";
import { DATASETS } from "./datasets.js";
import type { Dataset, DatasetResult, Half, ParserChoice } from "./types.js";

export type EvalEntry = DatasetResult & { seconds: number; skipped?: true; error?: string };
export type EvalResults = Record<string, EvalEntry>;

export type RunEvalOptions = {
  dataDir?: string;
  /** Dataset folder names to run (all when absent). */
  only?: readonly string[];
  /** One limit for every dataset (the --limit flag)... */
  limit?: number;
  /** ...or one per dataset (the gate's pinned limits); a per-dataset limit wins. */
  limits?: Readonly<Record<string, number | null | undefined>>;
  /** Score only this half of every dataset (studying tune errors). */
  half?: Half;
  /** Stage settings other than the defaults (`--set stage.key=value`, src/settings.ts). */
  settings?: Settings;
  /** The parser the ud-ewt scorer reads (the pipeline's stays the perceptron). */
  parser?: ParserChoice;
  datasets?: readonly Dataset[];
  onStart?: (dataset: string) => void;
  onProgress?: (dataset: string, done: number, total: number) => void;
  onDataset?: (dataset: string, entry: EvalEntry) => void;
};

/** ../shared/eval beside the project, where CI and the README put the gold data. */
export function defaultDataDir(): string {
  return join(projectRoot(), "..", "shared", "eval");
}

export function selectDatasets(datasets: readonly Dataset[], only?: readonly string[]): Dataset[] {
  if (!only || only.length === 0) return [...datasets];
  const known = new Set(datasets.map((d) => d.name));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new SitrepError(
      "bad-usage",
      `unknown dataset(s) ${unknown.join(", ")}: choose from ${[...known].join(", ")}`,
    );
  return datasets.filter((d) => only.includes(d.name));
}

export async function runEval(options: RunEvalOptions = {}): Promise<EvalResults> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const results: EvalResults = {};
  const remembered = rememberProcessText(options.settings);
  for (const dataset of selectDatasets(options.datasets ?? DATASETS, options.only)) {
    const entry = await runDataset(dataset, dataDir, options, remembered);
    results[dataset.name] = entry;
    options.onDataset?.(dataset.name, entry);
  }
  return results;
}

/** The folders a dataset reads, relative to the data directory. */
export function foldersOf(dataset: Dataset): readonly string[] {
  return dataset.folders ?? [dataset.name];
}

async function runDataset(
  dataset: Dataset,
  dataDir: string,
  options: RunEvalOptions,
  remembered: typeof processText,
): Promise<EvalEntry> {
  const dir = join(dataDir, dataset.name);
  const missing = foldersOf(dataset)
    .map((f) => join(dataDir, f))
    .find((f) => !existsSync(f));
  if (missing) {
    return {
      n: 0,
      unit: "items",
      score: null,
      headline: "",
      reason: `skipped: no folder ${missing}`,
      fields: [],
      seconds: 0,
      skipped: true,
    };
  }
  const limit = options.limits?.[dataset.name] ?? options.limit;
  options.onStart?.(dataset.name);
  const started = performance.now();
  try {
    const result = await dataset.evaluate(dir, {
      limit,
      half: options.half,
      dataDir,
      processText: remembered,
      settings: options.settings,
      parser: options.parser,
      onProgress: (done, total) => options.onProgress?.(dataset.name, done, total),
    });
    return { ...result, seconds: elapsed(started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      n: 0,
      unit: "items",
      score: null,
      headline: "",
      reason: `error: ${message}`,
      fields: [],
      seconds: elapsed(started),
      error: message,
    };
  }
}

/**
 * processText, remembered for one run: the argument datasets and the whole-report event records read the
 * same WikiEvents and RAMS documents, and the pipeline is the slow part. Results are never mutated.
 */
function rememberProcessText(settings: Settings | undefined): typeof processText {
  const seen = new Map<string, ProcessResult>();
  const processor = settings && buildProcessor(loadResources(), settings);
  return (text, meta = {}) => {
    const key = JSON.stringify([meta.origin, meta.published, meta.kind, text]);
    let result = seen.get(key);
    if (!result) seen.set(key, (result = processText(text, meta, processor)));
    return result;
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started) / 1000;
}
