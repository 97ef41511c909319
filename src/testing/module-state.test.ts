// Hidden state in the stages, counted so it only shrinks (issue #13: lexicons, the gazetteer and models are
// loaded once by loadResources() and handed to each stage; no module-level caches, no import-time reads).
// A top-level `let` (a lazy cache) or a top-level `const` that reads a lexicon or file when the module loads
// counts. The pins below are what is left to convert; a file may go below its pin (lower the pin then), never
// above it, and a file not listed may hold none. src/resources.ts is the place for a new resource.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../paths.js";

const LEFT_TO_CONVERT: Record<string, number> = {};

const CACHE = /^let \w/;
const IMPORT_TIME_READ = /^(?:export )?const \w.*(?:readLexicon|readFileSync|loadCountries\(\)|lookupPlace\()/;

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "train" || name === "fixtures" ? [] : listSources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

export function countHiddenState(source: string): number {
  return source.split("\n").filter((line) => CACHE.test(line) || IMPORT_TIME_READ.test(line)).length;
}

describe("stages hold no new module-level state", () => {
  it("counts a lazy cache and an import-time lexicon read, not a constant word list", () => {
    const source =
      'let cache: Set<string> | undefined;\nconst WORDS = new Set(readLexiconLines("x.txt"));\nconst KINDS = new Set(["a", "b"]);\n';
    assert.equal(countHiddenState(source), 2);
  });

  it("no stage or text-kernel file holds more caches or import-time reads than its pin", () => {
    // src/text too: what several stages share (the gazetteer, place word lists) must not hide state there.
    const srcDir = join(projectRoot(), "src");
    const files = [...listSources(join(srcDir, "stages")), ...listSources(join(srcDir, "text"))];
    const over = files.flatMap((path) => {
      const file = relative(srcDir, path);
      const count = countHiddenState(readFileSync(path, "utf8"));
      return count > (LEFT_TO_CONVERT[file] ?? 0)
        ? [`${file}: ${count} (pinned ${LEFT_TO_CONVERT[file] ?? 0}): load it in loadResources() and pass it in`]
        : [];
    });
    assert.deepEqual(over, []);
  });
});
