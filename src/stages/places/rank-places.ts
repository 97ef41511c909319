// Chooses which of the same-named gazetteer places a name means, from the document's context: the
// countries it names, the country most of its places lie in, the states/provinces it names, the place a
// "Town, State" pair names as container, proximity to the other places it mentions, then size and rank.
import { distanceKm, type LatLon } from "../../text/gazetteer/distance-km.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { foldAlias } from "../../text/fold-alias.js";

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
  /** For each reading, the weight of the report's other names with a reading near it (measureNearbySupport). */
  nearbySupport?: Map<GazetteerPlace, number>;
  /** Lower-cased names the report frames as a town with its own government ("Berea police"). */
  municipalNames?: Set<string>;
  /** Points of the places resolved in a first pass, with the name each came from. */
  points: { name: string; point: LatLon & Partial<GazetteerPlace> }[];
};

const NEAR_KM = 150;
// Local news names places of one state: a reading in a state where the report's other names also have
// a place ("Paris" and "Henry County": both in Tennessee) gains this much per such name, up to the cap.
const SHARED_STATE_BONUS = 1;
const SHARED_STATE_CAP = 2;
// A reading with other names' readings close by gains this much per unit of their weight, up to the cap:
// one unambiguous, framed neighbour close by is worth about the size and capital bonus of a far-away
// namesake (Paris, France); the cap keeps a cluster of neighbours below a "Town, State" pair's container.
const NEARBY_SUPPORT_BONUS = 5;
const NEARBY_SUPPORT_CAP = 2;

function sharedStateNames(name: string, p: GazetteerPlace, ctx: PlaceContext): number {
  if (!p.admin1) return 0;
  const names = ctx.admin1Names?.get(`${p.iso2}|${p.admin1}`);
  return names ? names.size - (names.has(name.toLowerCase()) ? 1 : 0) : 0;
}

export function rankPlaces(name: string, places: readonly GazetteerPlace[], ctx: PlaceContext, container?: GazetteerPlace): GazetteerPlace[] {
  // A state's own name ("California") keeps its reading against same-named towns of a state the report names.
  const isStateName = places.some((q) => q.featureCode === "ADM1" && foldAlias(q.name) === foldAlias(name));
  const kind: NameKind = { name, isStateName, isMainlyStateName: isMainlyState(name, places) };
  const scored = places.map((p) => ({ p, score: scorePlace(kind, p, ctx, container) + cityOverProvince(p, places) }));
  return scored.sort((a, b) => b.score - a.score).map((s) => s.p);
}

// A state or province counts as at least this populous: divisions whose towns the gazetteer could not
// join to them ("England", "Wales") have no population of their own.
const MIN_ADM1_LOG_POPULATION = 5;
// A place whose own name is the one written outranks one that merely lists it among alternate names
// ("New York": the state, before New York City; "Idaho": the state, before Idaho Springs).
const ALTERNATE_NAME_PENALTY = 2;
// A reading in the country most of the report's places lie in gains this much more when the report names
// no other country: a local paper's "Paris" is a town of its own country, not the capital of France.
const ONLY_COUNTRY_BONUS = 3;
// A country whose demonym the report uses ("Russian officials") counts a little less than one it names.
const DEMONYM_COUNTRY_BONUS = 2;
// A city this large is named as often as the state that shares its name ("New York").
export const BIG_CITY = 100_000;

type NameKind = { name: string; isStateName: boolean; isMainlyStateName: boolean };

/**
 * A state's name that no bigger town bears ("Florida", "Wyoming"; not "Alexandria" or "Paris", whose
 * governorate or region is smaller than the city or has no population of its own).
 */
function isMainlyState(name: string, places: readonly GazetteerPlace[]): boolean {
  const own = places.filter((p) => foldAlias(p.name) === foldAlias(name));
  const state = Math.max(0, ...own.filter((p) => p.featureCode === "ADM1").map((p) => p.population));
  return state > 0 && own.every((p) => p.featureCode === "ADM1" || p.population < state);
}

function scorePlace({ name, isStateName, isMainlyStateName }: NameKind, p: GazetteerPlace, ctx: PlaceContext, container: GazetteerPlace | undefined): number {
  let score = Math.log10(p.population + 10);
  if (p.featureCode === "ADM1") score = Math.max(score, MIN_ADM1_LOG_POPULATION);
  if (foldAlias(p.name) !== foldAlias(name)) score -= ALTERNATE_NAME_PENALTY;
  if (p.featureCode === "PPLC") score += 2;
  else if (p.featureCode === "PPLA") score += 0.5;
  // A state or province is named far more often than a same-named hamlet ("Kansas", Illinois).
  else if (p.featureCode === "ADM1") score += 1.5;
  if (ctx.namedCountries.has(p.iso2)) score += 2.5;
  else if (isDemonymCountry(p.iso2, ctx)) score += DEMONYM_COUNTRY_BONUS;
  if (ctx.dominantCountry === p.iso2) score += isOnlyCountry(p.iso2, ctx) ? ONLY_COUNTRY_BONUS : 1.5;
  // A state's name ("Florida") read as a same-named town of the state the report is about (Florida,
  // New York) needs more than being in that state: a "Town, State" pair or neighbours close by.
  const isTownOfStateName = isMainlyStateName && p.featureCode !== "ADM1" && p.population < BIG_CITY;
  if (p.admin1 && ctx.namedAdmin1.has(`${p.iso2}|${p.admin1}`) && p.featureCode !== "ADM1" && !isTownOfStateName) score += 2.5;
  if (p.admin1 && ctx.dominantAdmin1 === `${p.iso2}|${p.admin1}` && p.featureCode !== "ADM1" && !isTownOfStateName) score += 1.5;
  if (ctx.points.some((o) => o.name !== name && isNear(o.point, p)) && !isTownOfStateName) score += 2;
  if (!isStateName || p.featureCode === "ADM1") score += SHARED_STATE_BONUS * Math.min(SHARED_STATE_CAP, sharedStateNames(name, p, ctx));
  score += NEARBY_SUPPORT_BONUS * Math.min(NEARBY_SUPPORT_CAP, ctx.nearbySupport?.get(p) ?? 0);
  if (container && isInside(p, container)) score += 10;
  if (ctx.municipalNames?.has(name.toLowerCase())) score += municipalBonus(name, p, ctx);
  return score;
}

// Local news names its own town by its police or council: a reading in the report's main country gains,
// a foreign one that the report names neither by country nor by demonym loses its size's edge ("Berea
// police": not Berea district of Lesotho; "Alexandria Police": Louisiana, not Egypt). Not every state
// is out: British counties have police and councils of their own ("Cornwall police").
const MUNICIPAL_HOME_BONUS = 2;
const MUNICIPAL_FOREIGN_PENALTY = 2;

function municipalBonus(name: string, p: GazetteerPlace, ctx: PlaceContext): number {
  // A town's own police go by the town's own name, not an old or foreign one ("Berea" for Aleppo); a
  // county's formal name may differ ("County of Cornwall") and keeps its reading.
  const isOtherTownName = p.featureCode.startsWith("PPL") && foldAlias(p.name) !== foldAlias(name);
  let bonus = isOtherTownName ? -MUNICIPAL_FOREIGN_PENALTY : 0;
  if (ctx.dominantCountry === p.iso2) bonus += MUNICIPAL_HOME_BONUS;
  else if (!ctx.namedCountries.has(p.iso2) && !isDemonymCountry(p.iso2, ctx)) bonus -= MUNICIPAL_FOREIGN_PENALTY;
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
 * "Baghdad", "Erbil", "Tehran" name both a city and the province around it; a report means the city
 * unless it says "province". The city gets ahead of its own province by this much. A national capital
 * gets ahead of a same-named province of its country too ("Washington": the capital, not the state).
 */
function cityOverProvince(p: GazetteerPlace, places: readonly GazetteerPlace[]): number {
  if (p.featureCode === "ADM1") return 0;
  const isProvince = (q: GazetteerPlace) => q.featureCode === "ADM1" && q.iso2 === p.iso2 && (q.admin1 === p.admin1 || p.featureCode === "PPLC");
  const isSeat = (p.population >= 100_000 || p.featureCode === "PPLC") && places.some(isProvince);
  return isSeat ? 3 : 0;
}

/** Near another named place; a state or province is near the places inside it. */
function isNear(other: LatLon & Partial<GazetteerPlace>, p: GazetteerPlace): boolean {
  if (p.featureCode === "ADM1") return other.iso2 === p.iso2 && other.admin1 === p.admin1;
  return distanceKm(other, p) <= NEAR_KM;
}

/** A town lies in a state (same admin1) or a country (same ISO2). */
export function isInside(p: GazetteerPlace, container: GazetteerPlace | { iso2: string; featureCode: "COUNTRY" }): boolean {
  if (container.featureCode === "COUNTRY") return p.iso2 === container.iso2;
  if (container.featureCode === "ADM1") return p.iso2 === container.iso2 && p.admin1 === (container as GazetteerPlace).admin1;
  return false;
}
