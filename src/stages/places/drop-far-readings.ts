// A reading on another continent from every country a report names is mostly a namesake found by an
// alternate name: GeoNames lists "Boni" among Bonn's names, yet a report on Mali that names no European
// country means the Malian village. Such a reading stays only with explicit evidence: its country named
// (anywhere, which puts its continent among the report's: "Bonn, Germany", "in Germany's Bonn"), its state
// or province named ("Town, State" pair or elsewhere), or another of the report's names placed in its
// country (a local paper's towns, in a report that names only the war a soldier served in). When no
// reading is left, the name gets no point: no location is better than a wrong one. A town of some size named
// by its own name is exempt (settings.ts, farReadingOwnNamePopulation): world news names far cities. So is
// any town named by its own name in a place's frame ("in X", "X, State"); a small far town the text does not
// frame as a place ("the Obama administration") is a namesake of a person or a thing.

import { foldAlias } from "../../text/fold-alias.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { isInside, type PlaceContext, rankPlaces } from "./rank-places.js";

export type Reading = {
  candidate: { name: string; end: number; places: readonly GazetteerPlace[]; evidence: ReadonlySet<string> };
  place?: GazetteerPlace;
};
// Evidence that the text itself frames a name as a place (find-name-candidates.ts). The entities layer's LOC
// label is not among them: for a name it knows only from the gazetteer it says nothing more.
const FRAMES = ["locative", "pair", "institution", "abbreviation", "hyphen-pair", "state-word"];

export type Container = GazetteerPlace | { iso2: string; featureCode: "COUNTRY" };

/** Continents of the countries a report names, by name, demonym or dateline; empty when it names none. */
export function reportContinents(countries: Iterable<string>, continents: ReadonlyMap<string, string>): Set<string> {
  const found = new Set<string>();
  for (const iso2 of countries) {
    const continent = continents.get(iso2);
    if (continent) found.add(continent);
  }
  return found;
}

/**
 * Each name's reading, or the best reading left once readings far from the report's continents without
 * explicit evidence are dropped, or none. `containers`: the state or country a "Town, State" pair names.
 */
export function dropFarReadings<R extends Reading>(
  resolved: readonly R[],
  near: ReadonlySet<string>,
  continents: ReadonlyMap<string, string>,
  ctx: PlaceContext,
  containers: ReadonlyMap<number, Container>,
): R[] {
  if (near.size === 0) return [...resolved];
  // A town named by its own name, framed as a place or this large, is one world news names from afar
  // ("talks in Geneva").
  const isFar = (p: GazetteerPlace, name: string, isFramed: boolean) => {
    const isOwnName = foldAlias(p.name) === foldAlias(name);
    const isKnownFar = isFramed || p.population >= ctx.settings.bigCityPopulation;
    if (isOwnName && isKnownFar && p.population >= ctx.settings.farReadingOwnNamePopulation) return false;
    const continent = continents.get(p.iso2);
    return continent !== undefined && !near.has(continent);
  };
  return resolved.map((r) => {
    const isFramed = FRAMES.some((f) => r.candidate.evidence.has(f));
    if (!r.place || !isFar(r.place, r.candidate.name, isFramed)) return r;
    const { name, end, places } = r.candidate;
    const container = containers.get(end);
    const kept = places.filter((p) => !isFar(p, name, isFramed) || hasExplicitEvidence(p, name, ctx, container));
    if (kept.includes(r.place)) return r;
    return { ...r, place: rankPlaces(name, kept, ctx, container as GazetteerPlace | undefined)[0] };
  });
}

/** The reading's country or state is named, it is a "Town, State" pair's, or another name is placed in its country. */
export function hasExplicitEvidence(
  p: GazetteerPlace,
  name: string,
  ctx: PlaceContext,
  container?: Container,
): boolean {
  if (container && isInside(p, container)) return true;
  if (p.admin1 && ctx.namedAdmin1.has(`${p.iso2}|${p.admin1}`)) return true;
  return ctx.points.some((o) => o.name !== name && o.point.iso2 === p.iso2);
}
