// Runs every *.test.ts under src/, eval/ and web/ with node's test runner (TypeScript through tsx), so the
// summary is node:test's own. Node 20's --test takes no globs, hence the file walk.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSavedTimes } from "./slowest-files-reporter.mjs";

function findTests(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === "fixtures" || name.startsWith(".")) continue;
    if (statSync(path).isDirectory()) out = out.concat(findTests(path));
    else if (name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["src", "eval", "web"];
// The whole suite starts with the formatter and linter (biome.jsonc): a few seconds, and style never drifts.
if (process.argv.length === 2) {
  const biome = spawnSync(join("node_modules", ".bin", "biome"), ["ci", "."], { stdio: "inherit" });
  if (biome.status !== 0) {
    console.error("biome: formatting or lint errors above; `npm run format` fixes the formatting");
    process.exit(biome.status ?? 1);
  }
}
// Slowest first, by the times the last runs saved (slowest-files-reporter.mjs): two at a time, a long file
// started last keeps one core busy alone at the end. A file with no time yet (new, or a clean checkout) goes
// first, as it may be slow; without any times the order is alphabetical.
const times = readSavedTimes();
const files = roots
  .flatMap((root) => (statSync(root, { throwIfNoEntry: false })?.isDirectory() ? findTests(root) : [root]))
  .sort()
  .sort((a, b) => (times[b] ?? Number.MAX_VALUE) - (times[a] ?? Number.MAX_VALUE));
if (files.length === 0) {
  console.error("no test files found");
  process.exit(1);
}
// Two files at a time: Node 20 runs one by default on two cores, and most files wait on child processes,
// servers and worker threads, so the second core sat idle.
const concurrency = `--test-concurrency=${process.env.SITREP_TEST_CONCURRENCY ?? 2}`;
const result = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--test",
    concurrency,
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    `--test-reporter=${fileURLToPath(new URL("slowest-files-reporter.mjs", import.meta.url))}`,
    "--test-reporter-destination=stdout",
    ...files,
  ],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
