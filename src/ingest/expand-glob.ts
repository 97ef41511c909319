// A quoted pattern the shell did not expand ('reports/**/*.html') -> the files it matches, sorted so a run is
// repeatable. Node 20 has no fs.glob, hence tinyglobby.
import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { glob } from "tinyglobby";

/** A pattern, not a path: it has glob characters and no file of that exact name exists. */
export function isGlobPattern(input: string): boolean {
  return /[*?[\]{}]/.test(input) && !existsSync(input);
}

export async function expandGlob(pattern: string): Promise<string[]> {
  // Matches come back as the user wrote the pattern: absolute for an absolute pattern, else relative to the cwd.
  const files = await glob(pattern, {
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
    absolute: isAbsolute(pattern),
  });
  return files.sort((a, b) => a.localeCompare(b));
}
