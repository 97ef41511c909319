// How the tests start the CLI. The built copy in dist/ (npm install builds it) starts in about a third of the CPU
// of the TypeScript through tsx, which compiles every module again in the process and in each of its extraction
// workers: seconds per child, and the suite starts hundreds. It is used only when it is at least as new as every
// source file it is built from, so a test never checks a stale build; otherwise the tests run the sources.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../paths.js";

/** The folders tsconfig.json builds that the CLI imports from (bench/ is never imported). */
const SOURCE_FOLDERS = ["src", "eval", "web"];

let entry: string[] | undefined;

/** Node's arguments before the CLI's own: the built entry when it is fresh, else the sources through tsx. */
export function cliEntry(): string[] {
  const root = projectRoot();
  entry ??= isBuildFresh(root)
    ? [join(root, "dist", "src", "cli", "run.js")]
    : ["--import", "tsx", join(root, "src", "cli", "run.ts")];
  return entry;
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
