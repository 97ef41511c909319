// Country names, demonyms and centroids from the world-countries package (mledoze/countries, ODbL-1.0).
// A country's `name` is ACLED's where the two differ (lexicon/places/acled-country-names.tsv).
import { createRequire } from "node:module";
import { readLexiconLines, readLexiconTable } from "./lexicon.js";

export type Country = {
  iso3: string;
  iso2: string;
  /** The name ACLED's data gives the country ("Democratic Republic of Congo"): what records and actors say. */
  name: string;
  latitude: number;
  longitude: number;
  names: string[];
  demonyms: string[];
  /** km²: of several countries that share a demonym, the largest is the one meant ("French", "American"). */
  area: number;
  /** The seats of government ("Mogadishu"; South Africa has three): what "the capital" of a report means. */
  capitals: string[];
};

type WorldCountry = {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  area: number;
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
};

// Everyday names the package lacks; each is a name newspapers use for the whole country.
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ["US", "U.S.", "America", "United States", "U.S.A."],
  GBR: ["Britain", "UK", "U.K.", "Great Britain"],
  PSE: ["Gaza", "West Bank", "Palestinian territories"],
  // Bare "Congo" is the DR Congo in wire style (and the larger, as for a shared demonym); the Republic of
  // the Congo keeps "Republic of Congo" and "Congo-Brazzaville".
  COD: ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo"],
  COG: ["Republic of Congo"],
  RUS: ["Russia"],
  SYR: ["Syria"],
  IRN: ["Iran"],
  TUR: ["Turkey"],
  CZE: ["Czech Republic"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = { USA: ["US", "U.S."], GBR: ["British"], PSE: ["Palestinian"] };

let countries: Country[] | undefined;

/** A name EXTRA_NAMES gives one country is that country's only, whatever the package lists for another. */
function isExtraNameOfAnother(name: string, iso3: string): boolean {
  return Object.entries(EXTRA_NAMES).some(([other, names]) => other !== iso3 && names.includes(name));
}

export function loadCountries(): Country[] {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const raw = require("world-countries") as WorldCountry[];
  const acledNames = new Map(readLexiconTable("places/acled-country-names.tsv").map((r) => [r.iso3, r.acled_name]));
  const ordinary = readOrdinaryWords();
  countries = raw.map((c) => ({
    iso3: c.cca3,
    iso2: c.cca2,
    name: acledNames.get(c.cca3) ?? c.name.common,
    latitude: c.latlng[0],
    longitude: c.latlng[1],
    names: unique([
      acledNames.get(c.cca3) ?? c.name.common,
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 3 && /^[\p{L} .'-]+$/u.test(s) && !ordinary.has(s.toLowerCase())),
      ...(EXTRA_NAMES[c.cca3] ?? []),
    ]).filter((n) => !isExtraNameOfAnother(n, c.cca3)),
    demonyms: unique(
      [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])].filter((d): d is string => !!d),
    ),
    area: c.area,
    capitals: c.capital ?? [],
  }));
  return countries;
}

/**
 * A native spelling the package lists that is also an English word or given name is read as that in English
 * text: Iceland's "Island" in "Fox Island Research Station", Dominica's "Dominique" as a first name. The
 * country's common and official names are kept whatever they are; only these alternate spellings are dropped.
 */
function readOrdinaryWords(): Set<string> {
  const words = [...readLexiconLines("names/common-words.txt"), ...readLexiconLines("names/first-names.txt")];
  return new Set(words.map((w) => w.trim().toLowerCase()));
}

export function countryByIso3(iso3: string): Country | undefined {
  return loadCountries().find((c) => c.iso3 === iso3);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

let byFoldedName: Map<string, Country> | undefined;

/** A country by any of its names ("Kenya", "Czech Republic"), case and accents folded; not by demonym. */
export function countryByName(name: string): Country | undefined {
  byFoldedName ??= new Map(loadCountries().flatMap((c) => c.names.map((n) => [foldName(n), c] as [string, Country])));
  return byFoldedName.get(foldName(name));
}

function foldName(name: string): string {
  if (isCaseOnly(name)) return name.toLowerCase();
  // ASCII has no decomposition and no combining mark: NFKD and the mark removal change nothing there.
  const base = isAscii(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return base
    .replace(/[.'’]/g, "")
    .replace(/[-\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/** ASCII without dots, apostrophes, hyphens or spaces (most names asked for): the fold only lower-cases it. The
 * places stage asks for every window of every capitalised run, so the four replacements were most of a lookup. */
function isCaseOnly(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // 9-13 and 32: ASCII white space; 39 ', 45 -, 46 .; 128 and up: not ASCII.
    if ((code >= 9 && code <= 13) || code === 32 || code === 39 || code === 45 || code === 46 || code >= 128)
      return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 128) return false;
  return true;
}
