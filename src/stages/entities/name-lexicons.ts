// The word lists the name finder reads (lexicon/names/*, each with its source in its header), loaded once.
import { readLexiconLines, readLexiconTable } from "../../lexicon.js";

export type NameLexicons = {
  firstNames: Set<string>;
  commonWords: Set<string>;
  personTitles: Set<string>;
  orgWords: Map<string, "any" | "last">;
  locWords: Map<string, "first" | "last">;
  miscWords: Set<string>;
  notNames: Set<string>;
  groupWords: Set<string>;
};

let lexicons: NameLexicons | undefined;

export function loadNameLexicons(): NameLexicons {
  if (lexicons) return lexicons;
  const lower = (lines: string[]) => new Set(lines.map((l) => l.trim().toLowerCase()));
  lexicons = {
    firstNames: new Set(readLexiconLines("names/first-names.txt").map((l) => l.trim())),
    commonWords: lower(readLexiconLines("names/common-words.txt")),
    personTitles: lower(readLexiconLines("names/person-titles.txt")),
    orgWords: new Map(readLexiconTable("names/organization-words.tsv").map((r) => [r.word, r.where as "any" | "last"])),
    locWords: new Map(readLexiconTable("names/location-words.tsv").map((r) => [r.word, r.where as "first" | "last"])),
    miscWords: lower(readLexiconLines("names/misc-words.txt")),
    notNames: new Set(readLexiconLines("names/not-names.txt").map((l) => l.trim())),
    groupWords: new Set(readLexiconLines("names/group-words.txt").map((l) => l.trim())),
  };
  return lexicons;
}
