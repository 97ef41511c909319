// The country a report is about, for an actor it describes without saying whose ("the army said" in a
// report from Mali): the country its places name most often, the first named winning a tie. A dateline
// says where the report was filed, a name inside another name ("the Iraq war") where nothing happened, and
// a demonym ("Portuguese soldiers") whose an actor is, not where it acted: none of them counts. Null when
// the report places nothing in a country.
import { type Doc, spansOf } from "../../doc.js";
import type { Country } from "./name-generic-actor.js";

const NOT_COUNTED = new Set(["DATELINE", "IN_NAME", "ADJECTIVAL"]);

export function findReportCountry(doc: Doc): Country | null {
  const counts = new Map<string, { country: Country; count: number; first: number }>();
  for (const place of spansOf(doc, "places")) {
    const { country, iso3 } = place.data ?? {};
    if (!country || !iso3 || NOT_COUNTED.has(place.label)) continue;
    const seen = counts.get(iso3) ?? { country: { name: country, iso3 }, count: 0, first: place.start };
    seen.count += 1;
    counts.set(iso3, seen);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return ranked[0]?.country ?? null;
}
