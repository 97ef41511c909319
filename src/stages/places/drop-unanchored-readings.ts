// "Residents of X said gunmen attacked the village", in a report that names no country, no people's demonym,
// no armed group with a home and no dateline: the report gives no continent, and a hamlet's name that villages
// bear on several continents is then a coin toss between them. A wrong continent misleads more than no point
// does, so such a reading is dropped unless the text anchors it: its state or a "Town, State" pair named, or
// another of the report's names placed in its country (hasExplicitEvidence). A place of some size keeps its
// reading (settings.ts, unanchoredReadingPopulation): news names known towns without their country.
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { type Container, hasExplicitEvidence, type Reading } from "./drop-far-readings.js";
import type { PlaceContext } from "./rank-places.js";

/** Each name's reading, or none for a small one whose readings span continents the report does not choose among. */
export function dropUnanchoredReadings<R extends Reading>(
  resolved: readonly R[],
  near: ReadonlySet<string>,
  continents: ReadonlyMap<string, string>,
  ctx: PlaceContext,
  containers: ReadonlyMap<number, Container>,
): R[] {
  if (near.size > 0) return [...resolved];
  return resolved.map((r) => {
    const p = r.place;
    if (!p || p.population >= ctx.settings.unanchoredReadingPopulation || p.featureCode === "ADM1") return r;
    if (!spansContinents(r.candidate.places, continents)) return r;
    if (hasExplicitEvidence(p, r.candidate.name, ctx, containers.get(r.candidate.end))) return r;
    return { ...r, place: undefined };
  });
}

function spansContinents(places: readonly GazetteerPlace[], continents: ReadonlyMap<string, string>): boolean {
  const found = new Set(places.map((p) => continents.get(p.iso2)).filter((c) => c !== undefined));
  return found.size > 1;
}
