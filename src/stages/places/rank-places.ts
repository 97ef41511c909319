// Chooses which of the same-named gazetteer places a name means, from the document's context: the
// countries it names (by name, demonym or an armed group's home), the country most of its places lie in, the states/provinces it names, the place a
// "Town, State" pair names as container, proximity to the other places it mentions, then size and rank.

import { foldAlias } from "../../text/fold-alias.js";
import { distanceKm, type LatLon } from "../../text/gazetteer/distance-km.js";
import type { Gazetteer, GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { PlacesSettings } from "./settings.js";

export type PlaceContext = {
  /** ISO2 codes of countries the text names (entities layer). */
  namedCountries: Set<string>;
  /** ISO2 of the country most resolved places lie in, if any. */
  dominantCountry?: string;
  /** "ISO2|admin1 name" of the state/province most resolved places lie in, if any. */
  dominantAdmin1?: string;
  /** "ISO2|admin1 name" of states/provinces the text names. */
  namedAdmin1: Set<string>;
  /** For each "ISO2|admin1", the report's names that a place there bears (any reading, chosen or not). */
  admin1Names?: Map<string, Set<string>>;
  /** ISO2 codes of countries whose demonym the report uses ("Egyptian"). */
  demonymCountries?: Set<string>;
  /** ISO2 home countries of the armed groups and forces the report names ("al-Shabaab": Somalia). */
  actorCountries?: Set<string>;
  /** Home countries of the non-state armed groups among them. */
  groupCountries?: Set<string>;
  /** For each reading, the weight of the report's other names with a reading near it (measureNearbySupport). */
  nearbySupport?: Map<GazetteerPlace, number>;
  /** Lower-cased names the report frames as a town with its own government ("Berea police"). */
  municipalNames?: Set<string>;
  /** Points of the places resolved in a first pass, with the name each came from. */
  points: { name: string; point: LatLon & Partial<GazetteerPlace> }[];
  /** Each country's continent (ISO2 → continent code), where the stage has them (places-lexicons.ts). */
  continents?: ReadonlyMap<string, string>;
  /** The stage's settings: ranking weights, distances and the big-city cut-off (settings.ts). */
  settings: PlacesSettings;
  /** Where the stage looks names up (loadResources()). */
  gazetteer: Gazetteer;
};

function sharedStateNames(name: string, p: GazetteerPlace, ctx: PlaceContext): number {
  if (!p.admin1) return 0;
  const names = ctx.admin1Names?.get(`${p.iso2}|${p.admin1}`);
  return names ? names.size - (names.has(name.toLowerCase()) ? 1 : 0) : 0;
}

export function rankPlaces(
  name: string,
  places: readonly GazetteerPlace[],
  ctx: PlaceContext,
  container?: GazetteerPlace,
): GazetteerPlace[] {
  // The name is folded once here, not once for each of its readings (a common name has hundreds).
  const folded = foldAlias(name);
  // A state's own name ("California") keeps its reading against same-named towns of a state the report names.
  const isStateName = places.some((q) => q.featureCode === "ADM1" && foldAlias(q.name) === folded);
  const kind: NameKind = { name, folded, isStateName, isMainlyStateName: isMainlyState(folded, places) };
  const scores = new Map(
    places.map((p) => [p, scorePlace(kind, p, ctx, container) + cityOverProvince(p, places, ctx.settings)]),
  );
  for (const [p, score] of scores) {
    const seat = p.featureCode === "ADM1" ? seatAtProvince(p, places, ctx.settings) : undefined;
    if (seat) scores.set(p, Math.min(score, (scores.get(seat) ?? score) - ctx.settings.rank.cityOverProvinceBonus));
  }
  return [...scores].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

type NameKind = { name: string; folded: string; isStateName: boolean; isMainlyStateName: boolean };

/**
 * A state's name that no bigger town bears ("Florida", "Wyoming"; not "Alexandria" or "Paris", whose
 * governorate or region is smaller than the city or has no population of its own).
 */
function isMainlyState(folded: string, places: readonly GazetteerPlace[]): boolean {
  const own = places.filter((p) => foldAlias(p.name) === folded);
  const state = Math.max(0, ...own.filter((p) => p.featureCode === "ADM1").map((p) => p.population));
  return state > 0 && own.every((p) => p.featureCode === "ADM1" || p.population < state);
}

function scorePlace(
  { name, folded, isStateName, isMainlyStateName }: NameKind,
  p: GazetteerPlace,
  ctx: PlaceContext,
  container: GazetteerPlace | undefined,
): number {
  const w = ctx.settings.rank;
  let score = Math.log10(p.population + 10);
  if (p.featureCode === "ADM1") score = Math.max(score, w.minAdm1LogPopulation);
  if (foldAlias(p.name) !== folded) score -= w.alternateNamePenalty;
  if (p.featureCode === "PPLC") score += w.capitalBonus;
  else if (p.featureCode === "PPLA") score += w.adminSeatBonus;
  else if (p.featureCode === "ADM1") score += w.adm1Bonus;
  if (ctx.namedCountries.has(p.iso2)) score += w.namedCountryBonus;
  else if (isDemonymCountry(p.iso2, ctx)) score += w.demonymCountryBonus;
  else if (ctx.groupCountries?.has(p.iso2)) score += w.groupCountryBonus;
  else if (ctx.actorCountries?.has(p.iso2)) score += w.actorCountryBonus;
  if (ctx.dominantCountry === p.iso2) score += isOnlyCountry(p.iso2, ctx) ? w.onlyCountryBonus : w.dominantCountryBonus;
  // A state's name ("Florida") read as a same-named town of the state the report is about (Florida,
  // New York) needs more than being in that state: a "Town, State" pair or neighbours close by.
  const isTownOfStateName =
    isMainlyStateName && p.featureCode !== "ADM1" && p.population < ctx.settings.bigCityPopulation;
  const isInNamedState =
    p.admin1 && ctx.namedAdmin1.has(`${p.iso2}|${p.admin1}`) && p.featureCode !== "ADM1" && !isTownOfStateName;
  if (p.admin1 && ctx.dominantAdmin1 === `${p.iso2}|${p.admin1}` && p.featureCode !== "ADM1" && !isTownOfStateName)
    score += w.dominantAdmin1Bonus;
  if (ctx.points.some((o) => o.name !== name && isNear(o.point, p, ctx.settings.rankNearKm)) && !isTownOfStateName)
    score += w.nearPlaceBonus;
  if (!isStateName || p.featureCode === "ADM1")
    score += w.sharedStateBonus * Math.min(w.sharedStateCap, sharedStateNames(name, p, ctx));
  // The state a town lies in is one of the names that support it nearby (measureNearbySupport): a named
  // state counts once, as whichever of the two cues is larger, not once as the state and again as a neighbour.
  const nearby = w.nearbySupportBonus * Math.min(w.nearbySupportCap, ctx.nearbySupport?.get(p) ?? 0);
  score += isInNamedState ? Math.max(w.namedAdmin1Bonus, nearby) : nearby;
  if (container && isInside(p, container)) score += w.containerBonus;
  if (ctx.municipalNames?.has(name.toLowerCase())) score += municipalBonus(name, p, ctx);
  return score;
}

// Local news names its own town by its police or council: a reading in the report's main country gains,
// a foreign one that the report names neither by country nor by demonym loses its size's edge ("Berea
// police": not Berea district of Lesotho; "Alexandria Police": Louisiana, not Egypt). Not every state
// is out: British counties have police and councils of their own ("Cornwall police").

function municipalBonus(name: string, p: GazetteerPlace, ctx: PlaceContext): number {
  // A town's own police go by the town's own name, not an old or foreign one ("Berea" for Aleppo); a
  // county's formal name may differ ("County of Cornwall") and keeps its reading.
  const isOtherTownName = p.featureCode.startsWith("PPL") && foldAlias(p.name) !== foldAlias(name);
  const w = ctx.settings.rank;
  let bonus = isOtherTownName ? -w.municipalForeignPenalty : 0;
  if (ctx.dominantCountry === p.iso2) bonus += w.municipalHomeBonus;
  else if (!ctx.namedCountries.has(p.iso2) && !isDemonymCountry(p.iso2, ctx)) bonus -= w.municipalForeignPenalty;
  return bonus;
}

/** The report uses the country's demonym ("Russian") without naming the country. */
function isDemonymCountry(iso2: string, ctx: PlaceContext): boolean {
  return ctx.demonymCountries?.has(iso2) ?? false;
}

/** The country most places lie in, and no other country is named: local news ("Paris" near Dallas). */
function isOnlyCountry(iso2: string, ctx: PlaceContext): boolean {
  return ctx.dominantCountry === iso2 && [...ctx.namedCountries].every((c) => c === iso2);
}

/**
 * "Baghdad", "Erbil", "Tehran", "Marib" name both a city and the province around it; a report means the city
 * unless it says "province". The province falls this far behind its own city, and a same-named province
 * behind its country's national capital ("Washington": the capital, not the state). The province falls
 * rather than the city rising: the city's edge over its province is no edge over a namesake elsewhere
 * ("Lebanese soldiers in Tripoli": Lebanon's city, not the Libyan capital).
 */
function cityOverProvince(p: GazetteerPlace, places: readonly GazetteerPlace[], settings: PlacesSettings): number {
  if (p.featureCode !== "ADM1") return 0;
  // A province's own seat that bears its name ("Marib", "Idlib") is the city meant too, however small.
  const isNamedSeat = (q: GazetteerPlace) =>
    q.featureCode === "PPLA" && q.admin1 === p.admin1 && foldAlias(q.name) === foldAlias(p.name);
  const isSeat = (q: GazetteerPlace) =>
    q.featureCode !== "ADM1" &&
    (q.population >= settings.bigCityPopulation || q.featureCode === "PPLC" || isNamedSeat(q)) &&
    q.iso2 === p.iso2 &&
    (q.admin1 === p.admin1 || q.featureCode === "PPLC");
  return places.some(isSeat) ? -settings.rank.cityOverProvinceBonus : 0;
}

/**
 * A sizeable town the province's name also reads as, at the province's own point: its seat, though GeoNames
 * lists it as a plain town under another spelling ("Jenin" for Janin) joined to another province. An
 * alternate spelling costs the town its own-name edge, and a province the gazetteer could not join towns to
 * counts as populous (minAdm1LogPopulation), so the province falls behind the seat itself, not by a margin.
 */
function seatAtProvince(
  p: GazetteerPlace,
  places: readonly GazetteerPlace[],
  settings: PlacesSettings,
): GazetteerPlace | undefined {
  // A plain town only (a PPLA with its own name is the rule above), and one of as many words: "Oklahoma City"
  // is the capital of Oklahoma, not its spelling.
  const words = (name: string) => name.split(/\s+/).length;
  return places.find(
    (q) =>
      q.featureCode === "PPL" &&
      words(q.name) === words(p.name) &&
      q.iso2 === p.iso2 &&
      q.population >= settings.namedSeatPopulation &&
      distanceKm(q, p) <= settings.closeKm,
  );
}

/** Near another named place; a state or province is near the places inside it. */
function isNear(other: LatLon & Partial<GazetteerPlace>, p: GazetteerPlace, nearKm: number): boolean {
  if (p.featureCode === "ADM1") return other.iso2 === p.iso2 && other.admin1 === p.admin1;
  return distanceKm(other, p) <= nearKm;
}

/** A town lies in a state (same admin1) or a country (same ISO2). */
export function isInside(
  p: GazetteerPlace,
  container: GazetteerPlace | { iso2: string; featureCode: "COUNTRY" },
): boolean {
  if (container.featureCode === "COUNTRY") return p.iso2 === container.iso2;
  if (container.featureCode === "ADM1")
    return p.iso2 === container.iso2 && p.admin1 === (container as GazetteerPlace).admin1;
  return false;
}
