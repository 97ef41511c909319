// The gate's decisions, as pure functions over a baseline and a run: which scores fell below their floor,
// and how `--update` moves floors (up freely, down only when explicitly allowed).
import type { EvalResults } from "./run-eval.js";

export type BaselineEntry = {
  /** The headline score may not fall more than `tolerance` below this; null: not gated yet. */
  floor: number | null;
  /** Items scored in the gate (null: all), so the gate fits in CI; the floor was measured with it. */
  limit: number | null;
  limit_why?: string;
  /** hashDataFolder() of the dataset folder the floor was measured on. */
  data_hash: string | null;
  /** Items the floor was measured on. */
  n?: number;
};

export type Baseline = { about?: string; tolerance: number; datasets: Record<string, BaselineEntry> };

export type GateStatus = "pass" | "below-floor" | "lost-score" | "no-data" | "no-floor" | "not-scored";
export type GateRow = { dataset: string; status: GateStatus; floor: number | null; score: number | null; message: string };
export type GateReport = { rows: GateRow[]; failures: GateRow[]; dataChanged: string[]; passed: boolean };

export const DEFAULT_TOLERANCE = 0.005;

export function compareToBaseline(baseline: Baseline, results: EvalResults, hashes: Record<string, string | null>): GateReport {
  const rows = Object.entries(results).map(([name, entry]) => judgeDataset(name, baseline.datasets[name], entry.score, entry.skipped === true, baseline.tolerance));
  const dataChanged = Object.keys(results).filter((name) => {
    const pinned = baseline.datasets[name]?.data_hash;
    return pinned != null && hashes[name] != null && pinned !== hashes[name];
  });
  const failures = rows.filter((r) => r.status === "below-floor" || r.status === "lost-score" || r.status === "no-data");
  return { rows, failures, dataChanged, passed: failures.length === 0 };
}

function judgeDataset(dataset: string, pinned: BaselineEntry | undefined, score: number | null, skipped: boolean, tolerance: number): GateRow {
  const floor = pinned?.floor ?? null;
  const row = (status: GateStatus, message: string): GateRow => ({ dataset, status, floor, score, message });
  if (floor === null) {
    return score === null ? row("not-scored", "no score, no floor") : row("no-floor", `${fmt(score)} (no floor pinned: run the gate with --update to pin it)`);
  }
  // A pinned floor with nothing measured is a failure: a gate that passes on missing data guards nothing.
  if (skipped) return row("no-data", `no data folder, floor ${fmt(floor)} not checked`);
  if (score === null) return row("lost-score", `no score now, floor ${fmt(floor)}`);
  if (score < floor - tolerance) return row("below-floor", `${fmt(score)} is below floor ${fmt(floor)} by ${fmt(floor - score)} (tolerance ${tolerance})`);
  return row("pass", `${fmt(score)} ≥ floor ${fmt(floor)}${score < floor ? ` (within ${tolerance} noise)` : ""}`);
}

export type UpdateResult = { baseline: Baseline; changes: string[]; refused: string[] };

/** Raise each floor to the current score; lower one only with allowLower. Hashes and n are re-pinned. */
export function updateBaseline(baseline: Baseline, results: EvalResults, hashes: Record<string, string | null>, allowLower: boolean): UpdateResult {
  const datasets: Record<string, BaselineEntry> = { ...baseline.datasets };
  const changes: string[] = [];
  const refused: string[] = [];
  for (const [name, entry] of Object.entries(results)) {
    if (entry.skipped) continue;
    const old = datasets[name] ?? { floor: null, limit: null, data_hash: null };
    const next = entry.score === null ? null : roundDown(entry.score);
    let floor = old.floor;
    if (next !== null && (floor === null || next > floor)) floor = next;
    else if (floor !== null && (next === null || next < floor)) {
      if (allowLower) floor = next;
      else refused.push(`${name}: score ${next === null ? "null" : fmt(next)} is below floor ${fmt(floor)}; not lowered (needs --allow-lower)`);
    }
    if (floor !== old.floor) changes.push(`${name}: floor ${old.floor === null ? "none" : fmt(old.floor)} → ${floor === null ? "none" : fmt(floor)}`);
    datasets[name] = { ...old, floor, data_hash: hashes[name] ?? old.data_hash, n: entry.n };
  }
  return { baseline: { ...baseline, datasets }, changes, refused };
}

/** Floors are rounded down so the run that pins them passes. */
function roundDown(score: number): number {
  return Math.floor(score * 10000) / 10000;
}

function fmt(x: number): string {
  return x.toFixed(4);
}
