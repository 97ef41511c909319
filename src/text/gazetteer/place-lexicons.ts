// The small place dictionaries under lexicon/places: world regions and named areas, US state abbreviations, names
// that contain a place but stand for an institution, and GeoNames points of countries. openPlaceLexicons() makes
// one object that reads each file when it is first asked; the gazetteer carries it (gazetteer.ts), so the
// stages get it from loadResources() with the rest of the gazetteer.
import { phraseAlternation, readLexiconLines, readLexiconTable } from "../../lexicon.js";
import { foldAlias } from "../../text/fold-alias.js";

/** `iso3`: the one country the area lies in (lexicon/places/named-areas.tsv), if it lies in one. */
export type WorldRegion = { name: string; latitude: number; longitude: number; iso3?: string };
export type DivisionAbbreviation = { division: string; iso2: string; isBare: boolean };
type Point = { latitude: number; longitude: number };

export type PlaceLexicons = {
  /** A country's reference point: its GeoNames feature where lexicon/places/country-points.tsv has it, else the one given. */
  pointOfCountry(iso3: string, fallback: Point): Point;
  lookupRegion(name: string): WorldRegion | undefined;
  /** "W.Va." -> "West Virginia"; exact spelling, since "Pa" or "Ga" without the point are other words. */
  expandStateAbbreviation(text: string): string | undefined;
  stateAbbreviationPattern(): RegExp;
  /** "NSW" -> New South Wales, "Sask." -> Saskatchewan, "CA" -> California (lexicon/places/division-abbreviations.tsv). */
  lookupDivisionAbbreviation(text: string): DivisionAbbreviation | undefined;
  divisionAbbreviationPattern(): RegExp;
  isNotPlace(name: string): boolean;
};

export function openPlaceLexicons(): PlaceLexicons {
  let regions: Map<string, WorldRegion> | undefined;
  let stateAbbreviations: Map<string, string> | undefined;
  let notPlaces: Set<string> | undefined;
  let countryPoints: Map<string, Point> | undefined;
  let divisionAbbreviations: Map<string, DivisionAbbreviation> | undefined;
  let divisionPattern: RegExp | undefined;
  let statePattern: RegExp | undefined;
  const states = () => {
    stateAbbreviations ??= new Map(
      readLexiconTable("places/us-state-abbreviations.tsv").map((r) => [r.abbreviation, r.state]),
    );
    return stateAbbreviations;
  };
  const divisions = () => {
    divisionAbbreviations ??= new Map(
      readLexiconTable("places/division-abbreviations.tsv").map((r) => [
        r.abbreviation,
        { division: r.division, iso2: r.country, isBare: r.bare === "yes" },
      ]),
    );
    return divisionAbbreviations;
  };
  return {
    pointOfCountry(iso3, fallback) {
      countryPoints ??= new Map(
        readLexiconTable("places/country-points.tsv").map((r) => [
          r.iso3,
          { latitude: Number(r.latitude), longitude: Number(r.longitude) },
        ]),
      );
      return countryPoints.get(iso3) ?? { latitude: fallback.latitude, longitude: fallback.longitude };
    },
    lookupRegion(name) {
      regions ??= readRegions();
      return regions.get(foldAlias(name.replace(/^the\s+/i, "")));
    },
    expandStateAbbreviation: (text) => states().get(text),
    stateAbbreviationPattern() {
      // Built once: sorting and joining the alternatives on every document was a visible cost of places.
      const alternatives = () =>
        [...states().keys()]
          .sort((a, b) => b.length - a.length)
          .map((a) => a.replace(/[.]/g, "\\.").replace(/ /g, "\\s"));
      statePattern ??= new RegExp(`(?<![\\p{L}.])(?:${alternatives().join("|")})`, "gu");
      return statePattern;
    },
    lookupDivisionAbbreviation: (text) => divisions().get(text),
    divisionAbbreviationPattern() {
      // Not inside a longer word or dotted abbreviation, and not the first of several words in capitals ("IN THE").
      divisionPattern ??= new RegExp(
        `(?<![\\p{L}.])(?:${phraseAlternation(divisions().keys())})(?![\\p{L}.])(?!\\s+\\p{Lu}{2})`,
        "gu",
      );
      return divisionPattern;
    },
    isNotPlace(name) {
      notPlaces ??= new Set(readLexiconLines("places/not-places.txt").map((l) => foldAlias(l)));
      return notPlaces.has(foldAlias(name));
    },
  };
}

function readRegions(): Map<string, WorldRegion> {
  const map = new Map<string, WorldRegion>();
  for (const row of [...readLexiconTable("places/regions.tsv"), ...readLexiconTable("places/named-areas.tsv")]) {
    const region: WorldRegion = { name: row.name, latitude: Number(row.latitude), longitude: Number(row.longitude) };
    if (row.iso3) region.iso3 = row.iso3;
    for (const alias of [row.name, ...row.aliases.split("|").filter(Boolean)])
      map.set(foldAlias(alias.replace(/^the\s+/i, "")), region);
  }
  return map;
}
