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

const LEFT_TO_CONVERT: Record<string, number> = {
  "clean/detect-language.ts": 2,
  "clean/strip-boilerplate-nodes.ts": 1,
  "dates/quantities.ts": 2,
  "entities/find-actor-descriptions.ts": 2,
  "entities/find-leaders.ts": 1,
  "entities/index.ts": 1,
  "entities/known-names.ts": 1,
  "entities/name-classifier.ts": 1,
  "entities/name-lexicons.ts": 1,
  "events/classify-event.ts": 1,
  "events/classify-plover.ts": 1,
  "events/find-civilian-target.ts": 1,
  "events/find-triggers.ts": 1,
  "events/find-unnamed-actor.ts": 1,
  "events/map-to-cameo.ts": 2,
  "numbers/find-counts.ts": 2,
  "numbers/parse-quantity.ts": 1,
  "places/find-border-regions.ts": 1,
  "places/find-municipal-names.ts": 1,
  "places/find-name-parts.ts": 1,
  "places/find-place-demonyms.ts": 1,
  "places/gazetteer.ts": 2,
  "places/is-institution-frame.ts": 1,
  "places/place-lexicons.ts": 6,
  "places/word-lists.ts": 2,
  "quotes/find-cues.ts": 4,
  "quotes/find-nominal-attributions.ts": 1,
  "sentences/index.ts": 1,
};

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
    const source = 'let cache: Set<string> | undefined;\nconst WORDS = new Set(readLexiconLines("x.txt"));\nconst KINDS = new Set(["a", "b"]);\n';
    assert.equal(countHiddenState(source), 2);
  });

  it("no stage file holds more caches or import-time reads than its pin", () => {
    const stagesDir = join(projectRoot(), "src", "stages");
    const over = listSources(stagesDir).flatMap((path) => {
      const file = relative(stagesDir, path);
      const count = countHiddenState(readFileSync(path, "utf8"));
      return count > (LEFT_TO_CONVERT[file] ?? 0) ? [`${file}: ${count} (pinned ${LEFT_TO_CONVERT[file] ?? 0}): load it in loadResources() and pass it in`] : [];
    });
    assert.deepEqual(over, []);
  });
});
