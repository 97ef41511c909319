// The gate's decisions, as pure functions over a baseline and a run: which numbers fell below their floor
// (or rose above their ceiling, for lower-is-better numbers), whether the items scored are still the ones
// the floors were measured on, and how `--update` moves pins (toward better freely, toward worse only
// when explicitly allowed).
import type { EvalEntry, EvalResults } from "./run-eval.js";

export type BaselineEntry = {
  /** Gated numbers, higher is better: "score" is the headline, "score/tune" and "score/check" its halves. */
  floors?: Record<string, number>;
  /** Gated numbers, lower is better (false alarms per document), with their halves. */
  ceilings?: Record<string, number>;
  /** Items scored in the gate (null: all), so the gate fits in CI; the floors were measured with it. */
  limit: number | null;
  limit_why?: string;
  /** hashDataFolder() of the dataset folder(s) the floors were measured on. */
  data_hash: string | null;
  /** Items the floors were measured on, in all and per half: a scorer that quietly drops items fails. */
  n?: number;
  n_tune?: number;
  n_check?: number;
  /** Before tune/check halves: the headline's floor alone. Read as floors.score. */
  floor?: number | null;
};

export type Baseline = { about?: string; tolerance: number; datasets: Record<string, BaselineEntry> };

export type GateStatus =
  | "pass"
  | "below-floor"
  | "lost-score"
  | "no-data"
  | "n-changed"
  | "data-changed"
  | "no-floor"
  | "not-scored";
export type GateRow = { dataset: string; status: GateStatus; message: string };
export type GateReport = { rows: GateRow[]; failures: GateRow[]; dataChanged: string[]; passed: boolean };

export const DEFAULT_TOLERANCE = 0.005;

type Gated = { value: number | null; lowerIsBetter: boolean };

/** Every number the gate pins for one run of a dataset: headline and metrics, each in all, tune, check. */
export function gatedNumbers(entry: EvalEntry): Record<string, Gated> {
  const out: Record<string, Gated> = {};
  const add = (suffix: string, score: number | null, metrics: EvalEntry["metrics"]) => {
    out[`score${suffix}`] = { value: score, lowerIsBetter: false };
    for (const m of metrics ?? [])
      out[`${m.name}${suffix}`] = { value: m.value, lowerIsBetter: m.lowerIsBetter === true };
  };
  add("", entry.score, entry.metrics);
  if (entry.halves) {
    add("/tune", entry.halves.tune.score, entry.halves.tune.metrics);
    add("/check", entry.halves.check.score, entry.halves.check.metrics);
  }
  return out;
}

/** Items scored in all and per half, keyed as in the baseline. */
export function itemCounts(entry: EvalEntry): Record<"n" | "n_tune" | "n_check", number | undefined> {
  return { n: entry.n, n_tune: entry.halves?.tune.n, n_check: entry.halves?.check.n };
}

export function floorsOf(pinned: BaselineEntry | undefined): Record<string, number> {
  if (pinned?.floors) return pinned.floors;
  return pinned?.floor != null ? { score: pinned.floor } : {};
}

export function compareToBaseline(
  baseline: Baseline,
  results: EvalResults,
  hashes: Record<string, string | null>,
): GateReport {
  const rows = Object.entries(results).map(([name, entry]) =>
    judgeDataset(name, baseline.datasets[name], entry, hashes[name] ?? null, baseline.tolerance),
  );
  const dataChanged = Object.keys(results).filter(
    (name) => isDataChanged(baseline.datasets[name], hashes[name] ?? null) && !results[name].skipped,
  );
  const failures = rows.filter((r) => !["pass", "no-floor", "not-scored"].includes(r.status));
  return { rows, failures, dataChanged, passed: failures.length === 0 };
}

function judgeDataset(
  dataset: string,
  pinned: BaselineEntry | undefined,
  entry: EvalEntry,
  hash: string | null,
  tolerance: number,
): GateRow {
  const floors = floorsOf(pinned);
  const ceilings = pinned?.ceilings ?? {};
  const row = (status: GateStatus, message: string): GateRow => ({ dataset, status, message });
  if (Object.keys(floors).length + Object.keys(ceilings).length === 0) {
    return entry.score === null
      ? row("not-scored", "no score, no floor")
      : row("no-floor", `${fmt(entry.score)} (no floor pinned: run the gate with --update to pin it)`);
  }
  // A pinned floor with nothing measured is a failure: a gate that passes on missing data guards nothing.
  if (entry.skipped) return row("no-data", `no data folder, ${Object.keys(floors).length} floor(s) not checked`);
  const problems: [GateStatus, string][] = [];
  if (isDataChanged(pinned, hash))
    problems.push(["data-changed", `data changed: hashes to ${hash}, pinned ${pinned?.data_hash}`]);
  const counts = itemCounts(entry);
  for (const key of ["n", "n_tune", "n_check"] as const) {
    const want = pinned?.[key];
    if (want !== undefined && counts[key] !== want)
      problems.push(["n-changed", `${key} is ${counts[key] ?? "missing"}, pinned ${want}`]);
  }
  const now = gatedNumbers(entry);
  for (const [key, floor] of Object.entries(floors)) {
    const value = now[key]?.value ?? null;
    if (value === null) problems.push(["lost-score", `${key}: no score now, floor ${fmt(floor)}`]);
    else if (value < floor - tolerance)
      problems.push([
        "below-floor",
        `${key} ${fmt(value)} is below floor ${fmt(floor)} by ${fmt(floor - value)} (tolerance ${tolerance})`,
      ]);
  }
  for (const [key, ceiling] of Object.entries(ceilings)) {
    const value = now[key]?.value ?? null;
    if (value === null) problems.push(["lost-score", `${key}: no value now, ceiling ${fmt(ceiling)}`]);
    else if (value > ceiling + tolerance)
      problems.push([
        "below-floor",
        `${key} ${fmt(value)} is above ceiling ${fmt(ceiling)} by ${fmt(value - ceiling)} (lower is better; tolerance ${tolerance})`,
      ]);
  }
  if (problems.length > 0) return row(problems[0][0], problems.map(([, m]) => m).join("; "));
  const headline = now.score?.value;
  return row(
    "pass",
    `${headline == null ? "—" : fmt(headline)} and ${Object.keys(floors).length + Object.keys(ceilings).length - 1} more pin(s) held, n=${entry.n}`,
  );
}

function isDataChanged(pinned: BaselineEntry | undefined, hash: string | null): boolean {
  return Boolean(pinned?.data_hash && hash && pinned.data_hash !== hash);
}

export type UpdateResult = { baseline: Baseline; changes: string[]; refused: string[] };

/**
 * Move each pin toward today's number when that is better; toward worse only with allowLower. The same
 * flag is needed to record fewer items than were pinned. Hashes are re-pinned.
 */
export function updateBaseline(
  baseline: Baseline,
  results: EvalResults,
  hashes: Record<string, string | null>,
  allowLower: boolean,
): UpdateResult {
  const datasets: Record<string, BaselineEntry> = { ...baseline.datasets };
  const changes: string[] = [];
  const refused: string[] = [];
  for (const [name, entry] of Object.entries(results)) {
    if (entry.skipped) continue;
    const old = datasets[name] ?? { limit: null, data_hash: null };
    const counts = itemCounts(entry);
    const fewer = (["n", "n_tune", "n_check"] as const).filter(
      (k) => old[k] !== undefined && (counts[k] ?? 0) < old[k]!,
    );
    if (fewer.length > 0 && !allowLower) {
      refused.push(
        `${name}: ${fewer.map((k) => `${k} ${counts[k] ?? 0} < pinned ${old[k]}`).join(", ")}; not re-pinned (needs --allow-lower)`,
      );
      continue;
    }
    const pins = movePins(name, old, gatedNumbers(entry), allowLower);
    changes.push(...pins.changes);
    refused.push(...pins.refused);
    const { floor: _legacy, ...rest } = old;
    datasets[name] = {
      ...rest,
      floors: pins.floors,
      ceilings: pins.ceilings,
      data_hash: hashes[name] ?? old.data_hash,
      ...definedCounts(counts),
    };
  }
  return { baseline: { ...baseline, datasets }, changes, refused };
}

function movePins(name: string, old: BaselineEntry, now: Record<string, Gated>, allowLower: boolean) {
  const floors = { ...floorsOf(old) };
  const ceilings = { ...(old.ceilings ?? {}) };
  const changes: string[] = [];
  const refused: string[] = [];
  for (const [key, { value, lowerIsBetter }] of Object.entries(now)) {
    const pins = lowerIsBetter ? ceilings : floors;
    const was = pins[key];
    if (value === null) {
      if (was === undefined) continue;
      if (allowLower) delete pins[key];
      else refused.push(`${name} ${key}: no value now, pinned ${fmt(was)}; not removed (needs --allow-lower)`);
      continue;
    }
    // Floors round down and ceilings up, so the run that pins them passes.
    const next = lowerIsBetter ? Math.ceil(value * 10000) / 10000 : Math.floor(value * 10000) / 10000;
    const better = was === undefined || (lowerIsBetter ? next < was : next > was);
    if (next === was) continue;
    if (better || allowLower) {
      pins[key] = next;
      changes.push(
        `${name} ${key}: ${lowerIsBetter ? "ceiling" : "floor"} ${was === undefined ? "none" : fmt(was)} → ${fmt(next)}`,
      );
    } else {
      refused.push(`${name} ${key}: ${fmt(next)} is worse than pinned ${fmt(was)}; not moved (needs --allow-lower)`);
    }
  }
  return { floors, ceilings, changes, refused };
}

function definedCounts(counts: Record<string, number | undefined>): Partial<BaselineEntry> {
  return Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== undefined));
}

function fmt(x: number): string {
  return x.toFixed(4);
}
