// "Gunmen killed seven villagers on Sunday, a doctor in X said": when the only place the event's sentence names
// is where its source is (is-source-place.ts), the event is seldom far from the source, but the town is not its
// place: like a dateline (locate-at-dateline.ts), the source's town gives only its country, at geo_precision 3,
// inferred. Tried last, when the clause names no place and the report gives no clearer country.
import { countryByIso3 } from "../../countries.js";
import { type Doc, type Field, type PlaceValue, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { inferredCountryPlace } from "./inferred-country-place.js";
import { isSourcePlace, type SourceWords } from "./is-source-place.js";
import { readParseTree } from "./parse-tree.js";

/** Labels whose country says where the source is; a demonym or a name inside a name does not. */
const PLACED = new Set(["TOWN", "ADMIN1", "COUNTRY"]);

export function locateAtSourceCountry(
  doc: Doc,
  mentions: readonly TriggerMention[],
  sourceWords: SourceWords,
): Field<PlaceValue> | null {
  const tree = readParseTree(doc);
  const sentences = spansOf(doc, "sentences");
  const inSentence = (p: { start: number; end: number }) =>
    mentions.some((m) => p.start >= sentences[m.sentence].start && p.end <= sentences[m.sentence].end);
  const source = spansOf(doc, "places").find(
    (p) => PLACED.has(p.label) && inSentence(p) && p.data?.iso3 && isSourcePlace(tree, p, sourceWords),
  );
  const country = source?.data?.iso3 ? countryByIso3(source.data.iso3) : undefined;
  if (!source || !country) return null;
  return inferredCountryPlace(country, source);
}
