// Builds lexicon/names/first-names-wide.txt: first names of six languages (en, it, es, fr, de, tr) from the
// npm package gender-detection-from-name 1.11.5 (Copyright (c) 2019 Davide Violante, MIT), less those that
// lexicon/names/first-names.txt already has and less ordinary English words ("Will", "Rose", "Tiger"),
// which a wide list holds too many of to count as names by themselves, and less the names of towns of 10,000
// people or more ("Boston", "Texas", "Santa", US baby names many of them), which open team and place names
// ("Boston Red Sox", "Santa Cruz"). Two letters or fewer are initials' look-alikes ("St", "Al"). Install the package outside the
// project's dependencies first, then:
//   npm install --no-save --prefix /tmp/names gender-detection-from-name@1.11.5
//   npx tsx src/stages/entities/train/build-wide-first-names.ts /tmp/names/node_modules
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readLexiconLines } from "../../../lexicon.js";
import { openGazetteer } from "../../../text/gazetteer/gazetteer.js";

const MAX_TOWN_POPULATION = 10000;

const LANGUAGES = ["en", "it", "es", "fr", "de", "tr"];
const modules = process.argv[2] ?? "node_modules";
const out = join(import.meta.dirname, "..", "..", "..", "..", "lexicon", "names", "first-names-wide.txt");

/** "jean-pierre" -> "Jean-Pierre", "o'neal" -> "O'Neal". */
function capitalise(name: string): string {
  return name.replace(/(^|[-'])(\p{Ll})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
}

const narrow = new Set(readLexiconLines("names/first-names.txt").map((l) => l.trim()));
const common = new Set(readLexiconLines("names/common-words.txt").map((l) => l.trim()));
const names = new Set<string>();
for (const language of LANGUAGES) {
  const source = readFileSync(join(modules, "gender-detection-from-name", "names", `${language}.js`), "utf8");
  for (const [, name] of source.matchAll(/\['([^']+)',\s*'(?:male|female|unisex)'\]/g)) {
    if (/^\p{Ll}[\p{Ll}'-]+$/u.test(name) && !common.has(name)) names.add(capitalise(name));
  }
}
const gazetteer = openGazetteer();
const isTownName = (name: string) => gazetteer.lookupPlace(name).some((town) => town.population >= MAX_TOWN_POPULATION);
const wide = [...names].filter((n) => n.length > 2 && !narrow.has(n) && !isTownName(n)).sort();
writeFileSync(
  out,
  [
    "# First names of six languages (en, it, es, fr, de, tr) that first-names.txt lacks, one a line, ordinary English",
    "# words and towns of 10,000 people or more left out. Source: npm package gender-detection-from-name 1.11.5 (Copyright (c) 2019 Davide Violante,",
    "# MIT licence). Built by src/stages/entities/train/build-wide-first-names.ts.",
    ...wide,
  ].join("\n") + "\n",
);
console.log(`${wide.length} names -> ${out}`);
