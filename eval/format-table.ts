// The readable form of `sitrep eval`: per dataset its headline, then precision / recall / F1 per field with
// the matching rule beside each row (a number without its rule cannot be compared with anyone else's).
import type { EvalEntry, EvalResults } from "./run-eval.js";
import type { FieldScore, Metric } from "./types.js";

export function formatTable(results: EvalResults): string {
  return (
    Object.entries(results)
      .map(([name, entry]) => formatDataset(name, entry))
      .join("\n") + "\n"
  );
}

function formatDataset(name: string, entry: EvalEntry): string {
  if (entry.skipped) return `${name}  —  ${entry.reason}\n`;
  const head = `${name}  ${formatScore(entry.score)}  ${entry.headline || ""}`.trimEnd();
  const lines = [
    head,
    `  n=${entry.n} ${entry.unit}${entry.reason ? `  (${entry.reason})` : ""}  ${entry.seconds.toFixed(1)}s`,
  ];
  if (entry.halves)
    lines.push(
      `  tune ${formatScore(entry.halves.tune.score)} (n=${entry.halves.tune.n})   check ${formatScore(entry.halves.check.score)} (n=${entry.halves.check.n})`,
    );
  for (const metric of entry.metrics ?? []) lines.push(formatMetric(metric, entry));
  if (entry.fields.length > 0) {
    const width = Math.max(5, ...entry.fields.map((f) => f.field.length));
    lines.push(
      `  ${"field".padEnd(width)}  ${"P".padStart(5)}  ${"R".padStart(5)}  ${"F1".padStart(5)}  ${"acc".padStart(5)}  rule`,
    );
    for (const field of entry.fields) lines.push(formatField(field, width));
  }
  return lines.join("\n") + "\n";
}

/** A gated number beside the headline, with its halves and which way is better. */
function formatMetric(metric: Metric, entry: EvalEntry): string {
  const half = (h: "tune" | "check") =>
    formatScore(entry.halves?.[h].metrics?.find((m) => m.name === metric.name)?.value ?? null);
  const direction = metric.lowerIsBetter ? "lower is better" : "higher is better";
  return `  ${metric.name} ${formatScore(metric.value)} (tune ${half("tune")}, check ${half("check")}; ${direction})  ${metric.about}`;
}

function formatField(f: FieldScore, width: number): string {
  const cells = [f.precision, f.recall, f.f1, f.accuracy ?? null].map((v) => formatNumber(v).padStart(5));
  return `  ${f.field.padEnd(width)}  ${cells.join("  ")}  ${f.rule}`;
}

function formatScore(score: number | null): string {
  return score === null ? "—" : score.toFixed(3);
}

function formatNumber(value: number | null): string {
  return value === null || value === undefined ? "—" : value.toFixed(3);
}
