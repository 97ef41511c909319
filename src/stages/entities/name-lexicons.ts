// The word lists the name finder reads (lexicon/names/*, each with its source in its header). The entities
// stage loads them once (entity-lexicons.ts) and passes them down.
import { readLexiconLines, readLexiconTable } from "../../lexicon.js";

export type NameLexicons = {
  firstNames: Set<string>;
  /** First names of other languages too ("Walter", "Mauro", "Severine"), for a name's first word only. */
  wideFirstNames: Set<string>;
  /** Ordinary lower-case words with their frequency rank (0 = most frequent). */
  commonWords: Map<string, number>;
  personTitles: Set<string>;
  orgWords: Map<string, "any" | "last">;
  locWords: Map<string, "first" | "last">;
  miscWords: Set<string>;
  notNames: Set<string>;
  groupWords: Set<string>;
  /** Lower-case words that, after a name, make it an organisation: "Norwich striker", "Pirelli shares". */
  memberRoles: Set<string>;
  /** Lower-case nouns that, before a name, make it an organisation: "news agency Tanjug", "club Atalanta". */
  orgDescriptors: Set<string>;
  /** Acronyms of common nouns ("GDP", "IED", "CEO"): no organisation by their capitals alone. */
  commonAcronyms: Set<string>;
};

/** "President", "Gen.", "Lieutenant-Colonel": a title word, or hyphenated title words. */
export function isTitleWord(word: string, lex: NameLexicons): boolean {
  return word
    .toLowerCase()
    .replace(/\.$/, "")
    .split("-")
    .every((part) => lex.personTitles.has(part));
}

/**
 * "Yoruba", "Rizeigat": the peoples ACLED names identity militias after (lexicon/actors/identity-militias.tsv)
 * are words for a people too, so "Armed Yoruba youths" opening a sentence names no group "Armed Yoruba".
 */
function militiaPeoples(): string[] {
  const rows = readLexiconTable("actors/identity-militias.tsv");
  return rows.filter((r) => r.part === "modifier" && /^\p{Lu}/u.test(r.word)).map((r) => r.word);
}

export function loadNameLexicons(): NameLexicons {
  const lower = (lines: string[]) => new Set(lines.map((l) => l.trim().toLowerCase()));
  return {
    firstNames: new Set(readLexiconLines("names/first-names.txt").map((l) => l.trim())),
    wideFirstNames: new Set(readLexiconLines("names/first-names-wide.txt").map((l) => l.trim())),
    commonWords: new Map(readLexiconLines("names/common-words.txt").map((w, rank) => [w.trim(), rank])),
    personTitles: lower(readLexiconLines("names/person-titles.txt")),
    orgWords: new Map(readLexiconTable("names/organization-words.tsv").map((r) => [r.word, r.where as "any" | "last"])),
    locWords: new Map(readLexiconTable("names/location-words.tsv").map((r) => [r.word, r.where as "first" | "last"])),
    miscWords: lower(readLexiconLines("names/misc-words.txt")),
    notNames: new Set(readLexiconLines("names/not-names.txt").map((l) => l.trim())),
    groupWords: new Set([...readLexiconLines("names/group-words.txt").map((l) => l.trim()), ...militiaPeoples()]),
    memberRoles: lower(readLexiconLines("names/member-roles.txt")),
    orgDescriptors: new Set(readLexiconLines("names/org-descriptors.txt").map((l) => l.trim())),
    commonAcronyms: new Set(readLexiconLines("names/common-acronyms.txt").map((l) => l.trim())),
  };
}
