// "Gunmen attacked police stations in Derbent and Makhachkala": one predicate, two towns. ACLED codes an
// event per location and day, so each town the event's town is conjoined with ("X and Y", "X, Y and Z")
// is a record of its own (draft-incident.ts shares the counts out). Not "the road between X and Y": that
// names one stretch between two towns, the event's place being near the first. Nor "the village of X, Y
// municipality": a name the word of a unit follows is the unit that holds the one before it.
import { type Doc, type Field, type LayerSpan, type PlaceValue, spansOf } from "../../doc.js";
import { isAreaWord } from "../../text/is-places-frame.js";
import { placeValue } from "./locate-at-residence.js";

const CONJUNCTION = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$/i;
/** Enough characters before the first town to hold "between the villages of". */
const BETWEEN_LOOKBACK_CHARS = 32;
// Administrative units besides is-places-frame.ts's area words ("Y municipality"): kept here, as those words
// also frame unknown names as places for the places stage, which these were not measured for.
const ADMIN_UNIT_WORDS = new Set(["municipality", "commune", "prefecture", "oblast", "department"]);
/** Enough characters after a town for a space and the word of a unit ("municipality"). */
const UNIT_WORD_CHARS = 20;

/** The towns conjoined with the place's town, in text order, each as a place of its own. */
export function findConjoinedTowns(doc: Doc, place: Field<PlaceValue>): Field<PlaceValue>[] {
  const towns = spansOf(doc, "places").filter((p) => p.label === "TOWN");
  const at = towns.findIndex((t) => place.evidence.some((e) => e.start === t.start && e.end === t.end));
  if (at < 0) return [];
  const gapIsConjunction = (i: number) =>
    CONJUNCTION.test(doc.text.slice(towns[i].end, towns[i + 1].start)) && !isUnitName(doc, towns[i + 1]);
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

/** "Y municipality", "Y district": the town's name is followed by the word of the unit it names. */
function isUnitName(doc: Doc, town: LayerSpan<"places">): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(doc.text.slice(town.end, town.end + UNIT_WORD_CHARS));
  return next !== null && (isAreaWord(next[1]) || ADMIN_UNIT_WORDS.has(next[1].toLowerCase()));
}
