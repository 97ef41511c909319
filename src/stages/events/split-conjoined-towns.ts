// "Gunmen attacked police stations in Derbent and Makhachkala": one predicate, two towns. ACLED codes an
// event per location and day, so each town the event's town is conjoined with ("X and Y", "X, Y and Z")
// is a record of its own (draft-incident.ts shares the counts out). Not "the road between X and Y": that
// names one stretch between two towns, the event's place being near the first.
import { type Doc, type Field, type LayerSpan, type PlaceValue, spansOf } from "../../doc.js";
import { placeValue } from "./locate-at-residence.js";

const CONJUNCTION = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$/i;
/** Enough characters before the first town to hold "between the villages of". */
const BETWEEN_LOOKBACK_CHARS = 32;

/** The towns conjoined with the place's town, in text order, each as a place of its own. */
export function findConjoinedTowns(doc: Doc, place: Field<PlaceValue>): Field<PlaceValue>[] {
  const towns = spansOf(doc, "places").filter((p) => p.label === "TOWN");
  const at = towns.findIndex((t) => place.evidence.some((e) => e.start === t.start && e.end === t.end));
  if (at < 0) return [];
  const gapIsConjunction = (i: number) => CONJUNCTION.test(doc.text.slice(towns[i].end, towns[i + 1].start));
  let first = at;
  while (first > 0 && gapIsConjunction(first - 1)) first--;
  let last = at;
  while (last + 1 < towns.length && gapIsConjunction(last)) last++;
  if (first === last || isBetween(doc, towns[first])) return [];
  const seen = new Set([place.value.location]);
  return towns.slice(first, last + 1).flatMap((town) => {
    const value = placeValue(town);
    if (seen.has(value.location)) return [];
    seen.add(value.location);
    return [{ value: { ...value, precision: place.value.precision }, evidence: [town], stated: true }];
  });
}

function isBetween(doc: Doc, town: LayerSpan<"places">): boolean {
  return BETWEEN_BEFORE.test(doc.text.slice(Math.max(0, town.start - BETWEEN_LOOKBACK_CHARS), town.start));
}
