// A name that matches a town only among its alternate names, in a country the report never names, is mostly a
// local place the gazetteer lacks: GeoNames lists "Mambasa" among Mombasa's spellings, yet a report filed from
// Congo that names no Kenyan place means the Congolese town. drop-far-readings.ts drops such readings on
// another continent; within the continent the country is the test, but only for alternate names: a town named
// by its own name is what the text says. Explicit evidence keeps the reading (its country or state named, a
// "Town, State" pair, another name placed in its country), and so does a national capital, which news names
// in every spelling. A report that names no country gives no country to test against; there a spelling is
// doubtful only when villages elsewhere bear it as their own name ("Koro": Coro's spelling, and villages of
// three countries), not when only the one city answers to it ("Raqqa"). With no reading left the name gets no point: the event then falls back to the report's
// country, which is less precise but not wrong.

import { foldAlias } from "../../text/fold-alias.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { type Container, hasExplicitEvidence, type Reading } from "./drop-far-readings.js";
import { type PlaceContext, rankPlaces } from "./rank-places.js";

/** Each name's reading, or the best one left once alternate-name readings in unnamed countries are dropped. */
export function dropUnnamedCountryAliases<R extends Reading>(
  resolved: readonly R[],
  reportCountries: ReadonlySet<string>,
  ctx: PlaceContext,
  containers: ReadonlyMap<number, Container>,
): R[] {
  return resolved.map((r) => {
    const { name, end, places } = r.candidate;
    const container = containers.get(end);
    // With no country named, only a town that bears the very name elsewhere makes the alternate name doubtful
    // ("Koro" is a village of three countries and a spelling of Venezuela's Coro); a transliteration that
    // only the one city answers to ("Raqqa") is that city.
    const hasNamesakes = (p: GazetteerPlace) =>
      reportCountries.size > 0 || places.some((q) => q.iso2 !== p.iso2 && foldAlias(q.name) === foldAlias(name));
    const isDoubtful = (p: GazetteerPlace) =>
      foldAlias(p.name) !== foldAlias(name) &&
      !reportCountries.has(p.iso2) &&
      hasNamesakes(p) &&
      p.featureCode !== "PPLC" &&
      !hasExplicitEvidence(p, name, ctx, container);
    if (!r.place || !isDoubtful(r.place)) return r;
    const kept = places.filter((p) => !isDoubtful(p));
    return { ...r, place: rankPlaces(name, kept, ctx, container as GazetteerPlace | undefined)[0] };
  });
}
