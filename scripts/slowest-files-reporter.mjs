// A node:test reporter that prints, after node:test's own summary, the slowest test files with their wall
// times (process start, TypeScript compile and every test in the file), so a file that starts to dominate
// `npm test` shows up in every run. It also saves the times for scripts/run-tests.mjs, which starts the
// slowest files first: with two files at a time, a long file started last leaves one core idle.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";

export const timesPath = "node_modules/.cache/sitrep/test-file-times.json";
const shown = 15;

export default async function* reportSlowestFiles(source) {
  const times = new Map();
  for await (const event of source) {
    // node:test reports each file as a test named by its path; its duration covers the whole child process.
    if (event.type !== "test:complete" || event.data.name !== event.data.file) continue;
    times.set(relative(process.cwd(), event.data.file), event.data.details.duration_ms);
  }
  if (times.size === 0) return;
  const slowest = [...times].sort((a, b) => b[1] - a[1]);
  saveTimes(times);
  yield `\nslowest test files (wall time, ${times.size} files):\n`;
  for (const [file, ms] of slowest.slice(0, shown)) yield `${(ms / 1000).toFixed(1).padStart(7)} s  ${file}\n`;
}

/** The saved times of earlier runs, by file; empty when there are none. */
export function readSavedTimes() {
  try {
    return JSON.parse(readFileSync(timesPath, "utf8"));
  } catch {
    return {};
  }
}

// Merged into the earlier times, so running one folder does not forget the others.
function saveTimes(times) {
  try {
    mkdirSync(dirname(timesPath), { recursive: true });
    const merged = { ...readSavedTimes(), ...Object.fromEntries(times) };
    writeFileSync(timesPath, `${JSON.stringify(merged, null, 1)}\n`);
  } catch {
    // The order is only an optimisation: a read-only checkout still runs every test.
  }
}
