// "fighting in northern Kivu", "raids across southern Kordofan": wire style writes a province named for its
// part of a larger area ("North Kivu", "South Kordofan") as a direction adjective before the bare name,
// which the gazetteer knows as a lake, a region or nothing at all. Before a name with a lower-case direction
// word just in front, the division "North X" is looked up; a first-level division (or a named area, as
// "South Waziristan") of that name is what the text means, and its span takes in the direction word. Never a
// country: "southern Sudan" is a part of Sudan, not South Sudan. Nor a world region across borders: "western
// Africa" read as West Africa moved LGL's and GeoVirus's gold point for Africa 2,600 km (geoparsing tune
// 0.869 -> 0.868), and the continent's name already gives an event no country.
import { countryByIso3, countryByName } from "../../countries.js";
import type { Gazetteer, GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { WorldRegion } from "../../text/gazetteer/place-lexicons.js";

/** "northern ", "south-eastern "? Only the four plain directions: "north-eastern X" names no division. */
const DIRECTION_BEFORE = /(?:^|[^\p{L}-])(north|south|east|west)(?:ern)?\s+$/u;
/** Characters before a name that can hold the direction word and its space. */
const DIRECTION_CHARS = 10;

export type DirectionDivision = {
  /** Where the direction word starts. */
  start: number;
  /** "North Kivu". */
  name: string;
  places: GazetteerPlace[];
  region?: WorldRegion;
};

/** The direction word ("North") just before `start`, with where it starts, if any. */
export function findDirectionBefore(text: string, start: number): { start: number; word: string } | undefined {
  const before = text.slice(Math.max(0, start - DIRECTION_CHARS), start);
  const direction = DIRECTION_BEFORE.exec(before);
  if (!direction) return undefined;
  const word = direction[1];
  return { start: start - before.length + before.lastIndexOf(word), word: word[0].toUpperCase() + word.slice(1) };
}

/** The division a direction word and a name together call ("North" + "Kivu"), if any. */
export function findDirectionDivision(
  direction: { start: number; word: string },
  name: string,
  gazetteer: Gazetteer,
): DirectionDivision | undefined {
  const full = `${direction.word} ${name}`;
  const region = gazetteer.lookupRegion(full);
  const places = region?.iso3 ? [] : gazetteer.lookupPlace(full).filter((p) => p.featureCode === "ADM1");
  const iso2 = region?.iso3 ? countryByIso3(region.iso3)?.iso2 : places[0]?.iso2;
  if (!iso2 || !isBareNamePart(name, iso2, places, gazetteer)) return undefined;
  return { start: direction.start, name: full, places, region: region?.iso3 ? region : undefined };
}

/**
 * "northern Kivu" is North Kivu when the bare name is nothing else the text could mean: unknown, or an area
 * or place of the same country, or an area across borders ("northern Darfur": Darfur). "north Sumatra" with a Sumatra
 * elsewhere, or a country ("southern Sudan"), keeps its bare reading.
 */
function isBareNamePart(name: string, iso2: string, division: GazetteerPlace[], gazetteer: Gazetteer): boolean {
  if (countryByName(name)) return false;
  const area = gazetteer.lookupRegion(name);
  // An area across borders ("Darfur" as regions.tsv lists it) holds its own "North" part.
  if (area) return !area.iso3 || countryByIso3(area.iso3)?.iso2 === iso2;
  const places = gazetteer.lookupPlace(name);
  const isInside = (p: GazetteerPlace) =>
    p.iso2 === iso2 && (division.length === 0 || division.some((d) => d.admin1 === p.admin1));
  return places.length === 0 || places.some(isInside);
}
