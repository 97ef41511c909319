// The small place dictionaries under lexicon/places: world regions and named areas, US state abbreviations, names
// that contain a place but stand for an institution, and GeoNames points of countries.
import { phraseAlternation, readLexiconLines, readLexiconTable } from "../../lexicon.js";
import { foldAlias } from "../../text/fold-alias.js";

export type WorldRegion = { name: string; latitude: number; longitude: number };

let regions: Map<string, WorldRegion> | undefined;
let stateAbbreviations: Map<string, string> | undefined;
let notPlaces: Set<string> | undefined;
let countryPoints: Map<string, { latitude: number; longitude: number }> | undefined;

/** A country's reference point: its GeoNames feature where lexicon/places/country-points.tsv has it, else the one given. */
export function pointOfCountry(
  iso3: string,
  fallback: { latitude: number; longitude: number },
): { latitude: number; longitude: number } {
  countryPoints ??= new Map(
    readLexiconTable("places/country-points.tsv").map((r) => [
      r.iso3,
      { latitude: Number(r.latitude), longitude: Number(r.longitude) },
    ]),
  );
  return countryPoints.get(iso3) ?? { latitude: fallback.latitude, longitude: fallback.longitude };
}

export function lookupRegion(name: string): WorldRegion | undefined {
  regions ??= readRegions();
  return regions.get(foldAlias(name.replace(/^the\s+/i, "")));
}

/** "W.Va." -> "West Virginia"; exact spelling, since "Pa" or "Ga" without the point are other words. */
export function expandStateAbbreviation(text: string): string | undefined {
  stateAbbreviations ??= new Map(
    readLexiconTable("places/us-state-abbreviations.tsv").map((r) => [r.abbreviation, r.state]),
  );
  return stateAbbreviations.get(text);
}

export function stateAbbreviationPattern(): RegExp {
  expandStateAbbreviation("");
  const alternatives = [...stateAbbreviations!.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.]/g, "\\.").replace(/ /g, "\\s"));
  return new RegExp(`(?<![\\p{L}.])(?:${alternatives.join("|")})`, "gu");
}

export type DivisionAbbreviation = { division: string; iso2: string; isBare: boolean };
let divisionAbbreviations: Map<string, DivisionAbbreviation> | undefined;

/** "NSW" -> New South Wales, "Sask." -> Saskatchewan, "CA" -> California (lexicon/places/division-abbreviations.tsv). */
export function lookupDivisionAbbreviation(text: string): DivisionAbbreviation | undefined {
  divisionAbbreviations ??= new Map(
    readLexiconTable("places/division-abbreviations.tsv").map((r) => [
      r.abbreviation,
      { division: r.division, iso2: r.country, isBare: r.bare === "yes" },
    ]),
  );
  return divisionAbbreviations.get(text);
}

let divisionPattern: RegExp | undefined;

export function divisionAbbreviationPattern(): RegExp {
  lookupDivisionAbbreviation("");
  // Not inside a longer word or dotted abbreviation, and not the first of several words in capitals ("IN THE").
  divisionPattern ??= new RegExp(
    `(?<![\\p{L}.])(?:${phraseAlternation(divisionAbbreviations!.keys())})(?![\\p{L}.])(?!\\s+\\p{Lu}{2})`,
    "gu",
  );
  return divisionPattern;
}

export function isNotPlace(name: string): boolean {
  notPlaces ??= new Set(readLexiconLines("places/not-places.txt").map((l) => foldAlias(l)));
  return notPlaces.has(foldAlias(name));
}

function readRegions(): Map<string, WorldRegion> {
  const map = new Map<string, WorldRegion>();
  for (const row of [...readLexiconTable("places/regions.tsv"), ...readLexiconTable("places/named-areas.tsv")]) {
    const region = { name: row.name, latitude: Number(row.latitude), longitude: Number(row.longitude) };
    for (const alias of [row.name, ...row.aliases.split("|").filter(Boolean)])
      map.set(foldAlias(alias.replace(/^the\s+/i, "")), region);
  }
  return map;
}
