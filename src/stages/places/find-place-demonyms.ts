// Names for the people of a place that is not a country ("Ohioans", "South Ossetian officials", "the
// Sinhalese majority", "European diplomats"), and the plural of a country's demonym that no other layer
// labelled ("The Czechs hold the presidency"). Like a country's demonym they say who someone is, not
// where something happened, so they are labelled ADJECTIVAL (or IN_NAME for an institution named for a
// place, "the EU"), which the events stage does not read as a location. Forms are data
// (lexicon/places/demonyms.tsv); each is placed at its region, country or first-level division.

import { countryByName } from "../../countries.js";
import type { LayerSpan, Span } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { countrySpan, gazetteerSpan, regionSpan } from "./make-place-span.js";
import type { Demonym, DemonymTable } from "./places-lexicons.js";

/** Demonym spans found in the text, none overlapping `taken` (spans other rules already made). */
export function findPlaceDemonyms(
  text: string,
  taken: readonly Span[],
  countryPlurals: ReadonlyMap<string, string>,
  entities: readonly Span[],
  gazetteer: Gazetteer,
  table: DemonymTable,
): LayerSpan<"places">[] {
  const spans: LayerSpan<"places">[] = [];
  const isFree = (start: number, end: number) => !taken.some((t) => t.start < end && start < t.end);
  for (const m of findAllMatches(text, table.pattern)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const span = isFree(start, end)
      ? makeDemonymSpan({ start, end, by: "places/demonym" }, table.byForm.get(m[0].replace(/\s+/g, " "))!, gazetteer)
      : undefined;
    if (span) spans.push(span);
  }
  // "Czechs": a people named by its country's demonym, when no layer labelled the word at all.
  for (const m of findAllMatches(text, /\b\p{Lu}\p{Ll}+s\b/gu)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const iso3 = countryPlurals.get(m[0]);
    if (iso3 && isFree(start, end) && !entities.some((e) => e.start < end && start < e.end))
      spans.push(countrySpan({ start, end, by: "places/demonym" }, iso3, gazetteer, "adjectival"));
  }
  return spans;
}

function makeDemonymSpan(
  at: { start: number; end: number; by: string },
  d: Demonym,
  gazetteer: Gazetteer,
): LayerSpan<"places"> | undefined {
  const region = gazetteer.lookupRegion(d.place);
  if (region) return regionSpan(at, region, false, d.role);
  const country = countryByName(d.place);
  if (country) return countrySpan(at, country.iso3, gazetteer, d.role);
  const places = gazetteer.lookupPlace(d.place);
  const place = places.find((p) => p.featureCode === "ADM1") ?? places[0];
  return place ? gazetteerSpan(at, place, d.role === "in-name" ? "IN_NAME" : "ADJECTIVAL") : undefined;
}
