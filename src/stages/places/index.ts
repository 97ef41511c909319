// Places: countries (from the entities layer) and towns from the GeoNames gazetteer. A capitalised name
// counts as a toponym only in a locative frame ("in Erbil", "near Baghdad", "Erbil, Iraq"), because
// cities-500 also holds places called "Monday", "Mobile" or "Leave". Among same-named places, one in a
// country the document names wins, then the most populous.
import { spansOf, withLayer, type Doc, type Span } from "../../doc.js";
import { countryByIso3, loadCountries } from "../../countries.js";
import type { Stage } from "../../pipeline.js";
import { lookupPlace, type GazetteerPlace } from "./gazetteer.js";

const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-|de\s|du\s)?\p{Lu}[\p{L}'’-]*){0,3}/gu;
const LOCATIVE_BEFORE = /\b(?:in|near|at|outside|from|to|around|towards?|into|across|of|north|south|east|west|between)\s+(?:the\s+)?(?:(?:city|town|village|district|province|governorate|region|area)\s+of\s+)?$/i;

export function findPlaces(doc: Doc): Span[] {
  const entities = spansOf(doc, "entities");
  const dates = spansOf(doc, "dates");
  const countryIso2 = new Set(
    entities.filter((e) => e.label === "COUNTRY" || e.label === "NORP").map((e) => countryByIso3(String(e.data?.iso3))?.iso2),
  );
  const spans: Span[] = entities.filter((e) => e.label === "COUNTRY").map((e) => countrySpan(e));
  for (const match of doc.text.matchAll(NAME)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (overlapsAny(entities, start, end) || overlapsAny(dates, start, end)) continue;
    if (!isLocative(doc.text, start, end)) continue;
    const found = longestKnownPrefix(match[0]);
    if (!found) continue;
    const place = rankPlaces(found.places, countryIso2)[0];
    spans.push(townSpan(start, start + found.name.length, place));
  }
  return spans;
}

/** "Baghdad Diplomatic Service Center" is not in the gazetteer, "Baghdad" is: try shorter word prefixes. */
function longestKnownPrefix(name: string): { name: string; places: GazetteerPlace[] } | undefined {
  const wordEnds = [...name.matchAll(/\S+/g)].map((m) => m.index! + m[0].length);
  for (const end of wordEnds.reverse()) {
    const places = lookupPlace(name.slice(0, end));
    if (places.length > 0) return { name: name.slice(0, end), places };
  }
  return undefined;
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

function isLocative(text: string, start: number, end: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || /^,\s*\p{Lu}/u.test(text.slice(end, end + 3));
}

function rankPlaces(places: GazetteerPlace[], countries: Set<string | undefined>): GazetteerPlace[] {
  return [...places].sort((a, b) => Number(countries.has(b.iso2)) - Number(countries.has(a.iso2)) || b.population - a.population);
}

function countrySpan(entity: Span): Span {
  const country = countryByIso3(String(entity.data?.iso3));
  return {
    start: entity.start,
    end: entity.end,
    label: "COUNTRY",
    by: "places/world-countries",
    data: { country: country?.name, iso3: country?.iso3, latitude: country?.latitude, longitude: country?.longitude, precision: 3 },
  };
}

function townSpan(start: number, end: number, place: GazetteerPlace): Span {
  const country = loadCountries().find((c) => c.iso2 === place.iso2);
  return {
    start,
    end,
    label: "TOWN",
    by: "places/geonames-cities500",
    data: {
      location: place.name,
      geonameId: place.geonameId,
      country: country?.name,
      iso3: country?.iso3,
      latitude: place.latitude,
      longitude: place.longitude,
      population: place.population,
      precision: 1,
    },
  };
}

export const placesStage: Stage = {
  name: "places",
  needs: ["sentences", "entities", "dates"],
  makes: ["places"],
  run: (doc: Doc) => withLayer(doc, "places", findPlaces(doc)),
};
