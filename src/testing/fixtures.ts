// Test data: the repository's own invented report, and ../shared beside the project (as in CI) when it is
// there. A clone without ../shared still runs every test that only needs "some report"; the tests that
// check the seed article itself skip with a one-line reason instead of failing on a missing file.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../paths.js";

export type SkipOption = { skip: string | false };

export function sharedPath(...parts: string[]): string {
  return join(projectRoot(), "..", "shared", ...parts);
}

/** node:test options for a test or suite that reads ../shared/<parts>: skipped, with why, when it is absent. */
export function needsShared(...parts: string[]): SkipOption {
  return { skip: existsSync(sharedPath(...parts)) ? false : `needs ../shared/${parts.join("/")} (not in this clone)` };
}

export function needsSeedArticle(): SkipOption {
  return needsShared("fixtures", "seed-article.txt");
}

export function readSeedArticle(): string {
  return readFileSync(sharedPath("fixtures", "seed-article.txt"), "utf8");
}

/** An invented report that ships with sitrep (src/testing/fixtures/README.md): headline, dateline, quotes, tolls. */
export function inventedReportPath(): string {
  return join(projectRoot(), "src", "testing", "fixtures", "invented-report.txt");
}

export function readInventedReport(): string {
  return readFileSync(inventedReportPath(), "utf8");
}
