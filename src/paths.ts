import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The folder holding sitrep's package.json, found the same way from src/ (tests) and dist/ (built). */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "lexicon"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the sitrep project folder (package.json + lexicon/)");
    dir = parent;
  }
  root = dir;
  return dir;
}
