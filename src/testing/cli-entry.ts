// How the tests start the CLI. The built copy in dist/ (npm install builds it) saves the compiling tsx does again
// in each child and in each of its extraction workers: an ingest of one report took 4.5-4.8 s CPU built against
// 6.2-7.4 s through tsx, `--help` 0.12 s against 0.5 s, and the suite starts over a hundred children. It is used
// only when it is at least as new as every source file it is built from, so a test never checks a stale build;
// otherwise the tests run the sources. (A source saved while a build runs can look built: build again after.)
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../paths.js";

/** The folders tsconfig.json builds that the CLI imports from (bench/ is never imported). */
const SOURCE_FOLDERS = ["src", "eval", "web"];

let fresh: boolean | undefined;

/** Node's arguments before the CLI's own: the built entry when it is fresh, else the sources through tsx. */
export function cliEntry(): string[] {
  return entryOf("src/cli/run.ts");
}

/** The same for another entry file, given by its source path from the project folder (eval/gate.ts). */
export function entryOf(source: string): string[] {
  const root = projectRoot();
  fresh ??= isBuildFresh(root);
  return fresh ? [join(root, "dist", source.replace(/\.ts$/, ".js"))] : ["--import", "tsx", join(root, source)];
}

/** True when every non-test .ts under the source folders has its .js in dist/, written after the .ts last changed. */
export function isBuildFresh(root: string): boolean {
  return SOURCE_FOLDERS.every((folder) => isFolderBuilt(root, join(root, folder)));
}

function isFolderBuilt(root: string, dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !isFolderBuilt(root, path)) return false;
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts")) {
      const built = statSync(join(root, "dist", relative(root, path)).replace(/\.ts$/, ".js"), {
        throwIfNoEntry: false,
      });
      if (!built || built.mtimeMs < statSync(path).mtimeMs) return false;
    }
  }
  return true;
}
