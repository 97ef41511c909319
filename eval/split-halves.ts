// Tune and check halves of every dev set. An item (document, snippet, sentence) belongs to a half by a
// fixed hash of its id, so the split never moves when files are reordered or a scorer changes: two thirds
// are "tune" (study its errors freely), one third is "check" (never read; a rule that only helps the
// examples it was written for shows as a tune score running ahead of the check score).
import { createHash } from "node:crypto";
import type { DatasetResult, EvalOptions, Half, HalfResult } from "./types.js";

/** sha256 of the id, first 32 bits, modulo 3: remainders 0 and 1 are tune, 2 is check. */
export function halfOf(id: string): Half {
  const word = createHash("sha256").update(id).digest().readUInt32BE(0);
  return word % 3 === 2 ? "check" : "tune";
}

/** The items a run scores: only the requested half (if any), then at most `limit` of them in file order. */
export function selectItems<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  options: Pick<EvalOptions, "half" | "limit">,
): T[] {
  const inHalf = options.half ? items.filter((item) => halfOf(idOf(item)) === options.half) : [...items];
  return options.limit === undefined ? inHalf : inHalf.slice(0, options.limit);
}

export type ItemScorer<T, R> = {
  idOf: (item: T) => string;
  /** The expensive part, once per item: run the pipeline and keep what scoring needs. */
  predict: (item: T) => R;
  /** Cheap: the dataset's result over any subset of predicted items. */
  summarise: (records: readonly R[]) => DatasetResult;
};

/** Predict each selected item once, then summarise all of them, the tune half and the check half. */
export function evaluateItems<T, R>(
  items: readonly T[],
  scorer: ItemScorer<T, R>,
  options: EvalOptions,
): DatasetResult {
  const selected = selectItems(items, scorer.idOf, options);
  const records = selected.map((item, i) => {
    const record = scorer.predict(item);
    options.onProgress?.(i + 1, selected.length);
    return { half: halfOf(scorer.idOf(item)), record };
  });
  const summariseHalf = (half: Half): HalfResult => {
    const result = scorer.summarise(records.filter((r) => r.half === half).map((r) => r.record));
    return { n: result.n, score: result.score, metrics: result.metrics };
  };
  const all = scorer.summarise(records.map((r) => r.record));
  return { ...all, halves: { tune: summariseHalf("tune"), check: summariseHalf("check") } };
}
