// Paths to shared fixtures and eval data (../shared beside the project, as in CI).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../paths.js";

export function sharedPath(...parts: string[]): string {
  return join(projectRoot(), "..", "shared", ...parts);
}

export function readSeedArticle(): string {
  return readFileSync(sharedPath("fixtures", "seed-article.txt"), "utf8");
}
