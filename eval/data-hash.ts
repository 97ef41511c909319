// A fingerprint of a dataset folder (every file's relative path and bytes, in sorted order), pinned in
// baseline.json so the gate can say when a floor was measured on different data.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export function hashDataFolder(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const hash = createHash("sha256");
  for (const path of listFiles(dir)) {
    hash.update(relative(dir, path).split("\\").join("/") + "\0");
    hash.update(readFileSync(path));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** One fingerprint for the folders a dataset reads; a single folder hashes as hashDataFolder does. */
export function hashDataFolders(dirs: readonly string[]): string | null {
  const hashes = dirs.map(hashDataFolder);
  if (hashes.some((h) => h === null)) return null;
  if (hashes.length === 1) return hashes[0];
  return createHash("sha256").update(hashes.join("\0")).digest("hex").slice(0, 16);
}
