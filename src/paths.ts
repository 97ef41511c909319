import { existsSync } from "node:fs";
import { homedir } from "node:os";
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

/** Where built data (the gazetteer index) is kept: $SITREP_CACHE, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep.
 * Never node_modules: a reinstall or a read-only install would lose or refuse it. */
export function cacheDir(): string {
  if (process.env.SITREP_CACHE) return process.env.SITREP_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "sitrep");
}
