// `npm run eval:gate [-- --update [--allow-lower]] [--data DIR] [--baseline FILE]`: runs the eval with the
// limits pinned in eval/baseline.json and fails (exit 1) when a pinned number (headline, tune half, check
// half, further metrics) is more than the tolerance on the wrong side of its pin, or when a dataset's item
// counts or data hash differ from the pinned ones. The last line is always a one-line summary.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/paths.js";
import {
  type Baseline,
  compareToBaseline,
  DEFAULT_TOLERANCE,
  type GateReport,
  updateBaseline,
} from "./compare-to-baseline.js";
import { hashDataFolders } from "./data-hash.js";
import { DATASETS } from "./datasets.js";
import { reportProgress } from "./report-progress.js";
import { defaultDataDir, foldersOf, runEval } from "./run-eval.js";

async function runGate(): Promise<number> {
  const { values } = parseArgs({
    options: {
      update: { type: "boolean" },
      "allow-lower": { type: "boolean" },
      data: { type: "string" },
      baseline: { type: "string" },
    },
  });
  const baselinePath = values.baseline ?? join(projectRoot(), "eval", "baseline.json");
  if (values["allow-lower"] && !values.update) {
    process.stderr.write("eval:gate: --allow-lower only makes sense with --update\n");
    return 2;
  }
  const started = performance.now();
  const dataDir = values.data ?? defaultDataDir();
  let baseline = readBaseline(baselinePath);
  const hashes = Object.fromEntries(
    DATASETS.map((d) => [d.name, hashDataFolders(foldersOf(d).map((f) => join(dataDir, f)))]),
  );
  const limits = Object.fromEntries(Object.entries(baseline.datasets).map(([name, entry]) => [name, entry.limit]));
  const results = await runEval({ dataDir, limits, ...reportProgress() });
  if (values.update) {
    const update = updateBaseline(baseline, results, hashes, values["allow-lower"] === true);
    baseline = update.baseline;
    writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + "\n");
    for (const line of update.changes) process.stdout.write(`eval:gate: updated ${line}\n`);
    for (const line of update.refused) process.stdout.write(`eval:gate: REFUSED ${line}\n`);
    process.stdout.write(
      `eval:gate: wrote ${baselinePath} (${update.changes.length} pin change(s), data hashes and item counts re-pinned)\n`,
    );
  }
  const report = compareToBaseline(baseline, results, hashes);
  printReport(report);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(summarise(report, seconds) + "\n");
  return report.passed ? 0 : 1;
}

function readBaseline(path: string): Baseline {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Baseline;
    return { ...parsed, tolerance: parsed.tolerance ?? DEFAULT_TOLERANCE, datasets: parsed.datasets ?? {} };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { tolerance: DEFAULT_TOLERANCE, datasets: {} };
    throw error;
  }
}

function printReport(report: GateReport): void {
  for (const row of report.rows)
    process.stdout.write(
      `eval:gate: ${row.status.toUpperCase().padEnd(12)} ${row.dataset.padEnd(22)} ${row.message}\n`,
    );
  for (const name of report.dataChanged) {
    process.stdout.write(
      `eval:gate: !!! DATA CHANGED: ${name}: its floors were measured on other data; re-pin with --update once the change is understood. !!!\n`,
    );
  }
}

function summarise(report: GateReport, seconds: number): string {
  const held = report.rows.filter((r) => r.status === "pass").length;
  const unpinned = report.rows.filter((r) => r.status === "no-floor" || r.status === "not-scored").length;
  const verdict = report.passed
    ? "PASS"
    : `FAIL: ${report.failures.map((r) => `${r.dataset} ${r.message}`).join("; ")}`;
  const changed = report.dataChanged.length ? `, data changed: ${report.dataChanged.join(", ")}` : "";
  return `eval:gate ${verdict} (${held} dataset(s) held, ${report.failures.length} failed, ${unpinned} without a floor${changed}; ${seconds.toFixed(1)}s)`;
}

process.exitCode = await runGate();
