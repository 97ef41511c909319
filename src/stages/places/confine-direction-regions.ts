// "in the East region", "the North": many countries name a first-level division by a plain direction word
// (direction-region-names.tsv), so the name by itself cannot choose among them, and size or a country's
// first mention would pick one at random. A report about a country means that country's region: such a
// name keeps only its readings in the report's own countries (named, by demonym, by a local armed group's
// home or the dateline), the region that bears the word as an alternate name included ("Est" for East). A
// report whose countries have no such region names none of the others' either: the name stays unplaced
// (the event falls back to the report's country). A report that names no country leaves the name as ranked.
import { foldAlias } from "../../text/fold-alias.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { Candidate } from "./find-name-candidates.js";
import { type PlaceContext, rankPlaces } from "./rank-places.js";

type Resolved = { candidate: Candidate; place?: GazetteerPlace };

export function confineDirectionRegions<T extends Resolved>(
  resolved: readonly T[],
  directionNames: ReadonlySet<string>,
  reportCountries: ReadonlySet<string>,
  ctx: PlaceContext,
): T[] {
  if (reportCountries.size === 0) return [...resolved];
  return resolved.map((r) => {
    const { candidate, place } = r;
    if (!place || candidate.region || !directionNames.has(foldAlias(candidate.name))) return r;
    if (reportCountries.has(place.iso2)) return r;
    const own = candidate.places.filter((p) => reportCountries.has(p.iso2));
    const states = candidate.evidence.has("state-word") ? own.filter((p) => p.featureCode === "ADM1") : [];
    const readings = states.length > 0 ? states : own;
    return { ...r, place: readings.length > 0 ? rankPlaces(candidate.name, readings, ctx)[0] : undefined };
  });
}
