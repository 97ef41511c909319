// Writes lexicon/names/companies.txt from the @cspell/dict-companies package (MIT, Street Side Software):
//   npm pack @cspell/dict-companies@3.2.14 && tar -xzf cspell-dict-companies-3.2.14.tgz
//   node scripts/extract-cspell-companies.mjs package/dict/companies.txt
// Kept: mixed-case names of three letters or more ("Mobil", "Gazprom"); tickers and bare capitals ("AAPL",
// "AES") are dropped, as they collide with other acronyms. The name finder also skips entries that are
// ordinary words or towns when it loads the file.
import { readFileSync, writeFileSync } from "node:fs";

const [source] = process.argv.slice(2);
const names = readFileSync(source, "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#") && line.length >= 3 && /^\p{Lu}/u.test(line) && /\p{Ll}/u.test(line));
const header = [
  "# Company names from the cspell companies dictionary: @cspell/dict-companies 3.2.14 on npm",
  "# (Copyright (c) 2017-2025 Street Side Software, MIT licence), mixed-case names of 3+ letters only.",
  "# Written by scripts/extract-cspell-companies.mjs. Read by src/stages/entities/known-names.ts as ORG.",
];
writeFileSync(
  new URL("../lexicon/names/companies.txt", import.meta.url),
  [...header, ...[...new Set(names)].sort()].join("\n") + "\n",
);
