// Names known in advance, looked up whole by folded form: people and organisations from the Phoenix
// dictionaries (lexicon/names/phoenix-*.tsv), companies (lexicon/names/companies.txt), regions
// (lexicon/names/regions.tsv) and towns from the GeoNames gazetteer the places stage uses. The entities
// stage builds them once (loadKnownNames, entity-lexicons.ts) from the gazetteer it is given and passes them down.
import { readLexiconLines, readLexiconTable } from "../../lexicon.js";
import { foldAlias } from "../../text/fold-alias.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { isTitleWord, type NameLexicons } from "./name-lexicons.js";

export type NameLabel = "PERSON" | "ORG" | "LOC" | "MISC";
/** kind "region": a place larger than a town (lexicon/names/regions.tsv), never read as a team. */
export type KnownName = { label: NameLabel; name: string; iso3?: string; kind?: "region" };

// A town this small shares its name with too many people and words ("Mobile", "Kirby") to count alone.
const TOWN_MIN_POPULATION = 20000;
// Many surnames are also the name of some town of 20,000 ("Lopez", "Khan", "Rivera"); few of a city this size.
const CITY_MIN_POPULATION = 300000;

/** The dictionaries' names by folded form, and the gazetteer for towns. */
export type KnownNames = { index: Map<string, KnownName>; gazetteer: Gazetteer };

export function loadKnownNames(gazetteer: Gazetteer, lex: NameLexicons): KnownNames {
  const index = new Map<string, KnownName>();
  for (const row of readLexiconTable("names/regions.tsv")) {
    index.set(foldAlias(row.name), { label: "LOC", name: row.name, iso3: row.iso3 || undefined, kind: "region" });
  }
  for (const [file, label] of [
    ["names/phoenix-organizations.tsv", "ORG"],
    ["names/phoenix-people.tsv", "PERSON"],
  ] as const) {
    for (const row of readLexiconTable(file)) {
      // The dictionaries file some people with their title ("President Clinton"); the name finder
      // looks names up without it.
      const name = label === "PERSON" ? withoutTitles(row.name, lex) : row.name;
      if (name && !index.has(foldAlias(name)))
        index.set(foldAlias(name), { label, name, iso3: row.country || undefined });
    }
  }
  // Companies last: a name the dictionaries know keeps its entry; one that is also a town ("Aachen",
  // "Orange") or an ordinary word ("Target") is too ambiguous to count as a company by name alone.
  for (const name of readLexiconLines("names/companies.txt").map((l) => l.trim())) {
    const key = foldAlias(name);
    if (!index.has(key) && !lex.commonWords.has(name.toLowerCase()) && gazetteer.lookupPlace(name).length === 0) {
      index.set(key, { label: "ORG", name });
    }
  }
  return { index, gazetteer };
}

function withoutTitles(name: string, lex: NameLexicons): string {
  const words = name.split(" ");
  while (words.length > 1 && isTitleWord(words[0], lex)) words.shift();
  return words.length > 1 ? words.join(" ") : "";
}

/** A known person or organisation, else a town of some size, else undefined. */
export function lookupKnownName(text: string, names: KnownNames): KnownName | undefined {
  const known = names.index.get(foldAlias(text));
  if (known) return known;
  const town = names.gazetteer.lookupPlace(text)[0];
  if (town && town.population >= TOWN_MIN_POPULATION) return { label: "LOC", name: town.name };
  return undefined;
}

/** A city so large ("Moscow", "Philadelphia") that a name holding it is no person's ("Dynamo Moscow"). */
export function isCity(text: string, names: KnownNames): boolean {
  return names.gazetteer.lookupPlace(text).some((town) => town.population >= CITY_MIN_POPULATION);
}

/**
 * A large city under its own gazetteer name, not one of its alternate names in other languages or scripts:
 * "Moscow", "Dublin", but not "Luc" (an alternate name of Lodz), "Tanja" (Thane) or "Adem" (Aden), which
 * are first names far more often than cities in English text.
 */
export function isCityByOwnName(text: string, names: KnownNames): boolean {
  const key = foldAlias(text);
  return names.gazetteer
    .lookupPlace(text)
    .some((town) => town.population >= CITY_MIN_POPULATION && foldAlias(town.name) === key);
}

/** Any gazetteer town, however small: enough where the context already says "a place" ("in X"). */
export function isAnyTown(text: string, names: KnownNames): boolean {
  return names.gazetteer.lookupPlace(text).length > 0;
}
