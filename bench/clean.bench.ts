// Clean-stage speed against bare Mozilla Readability + linkedom on the same article-extraction benchmark
// pages, in the same process and run, interleaved round by round so machine load hits both alike.
// Run on demand: `npm run bench` (optionally `-- --rounds 5`). Not part of the tests.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { loadCleanLexicons } from "../src/stages/clean/clean-lexicons.js";
import { createCleaner } from "../src/stages/clean/index.js";
import { sharedPath } from "../src/testing/fixtures.js";
import { extractWithBareReadability } from "./bare-readability.js";

type Page = { id: string; html: string };

function loadPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((name) => ({
      id: name.replace(/\.html\.gz$/, ""),
      html: gunzipSync(readFileSync(join(dir, name))).toString("utf8"),
    }));
}

function timePages(pages: Page[], extract: (page: Page) => unknown): number {
  const start = process.hrtime.bigint();
  for (const page of pages) extract(page);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function runBench(rounds: number): void {
  const pages = loadPages(sharedPath("eval", "article-extraction", "html"));
  const cleaner = createCleaner(loadCleanLexicons());
  const clean = (page: Page) => cleaner({ origin: page.id, kind: "html", content: page.html, meta: {} });
  const bare = (page: Page) => extractWithBareReadability(page.html);
  // One untimed round each: module loading, lexicon reading and JIT warm-up are not per-page costs.
  timePages(pages, clean);
  timePages(pages, bare);
  const times = { clean: [] as number[], bare: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    times.bare.push(timePages(pages, bare));
    times.clean.push(timePages(pages, clean));
  }
  // The median round, so one round slowed by another process on the machine does not decide the result.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cleanMs = median(times.clean);
  const bareMs = median(times.bare);
  const pagesPerSecond = (ms: number) => ((pages.length / ms) * 1000).toFixed(1);
  console.log(`${pages.length} pages, ${rounds} rounds (median round)`);
  console.log(`sitrep clean stage:          ${cleanMs.toFixed(0)} ms/round, ${pagesPerSecond(cleanMs)} pages/s`);
  console.log(`bare Readability + linkedom: ${bareMs.toFixed(0)} ms/round, ${pagesPerSecond(bareMs)} pages/s`);
  console.log(`ratio clean / bare: ${(cleanMs / bareMs).toFixed(2)} (goal <= 1.2)`);
}

const roundsFlag = process.argv.indexOf("--rounds");
runBench(roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 3);
