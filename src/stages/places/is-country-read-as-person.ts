// "Burkina Faso's junta said": the entities stage's name classifier guesses a person for a name of two
// capitalised words before "'s" (the country matcher leaves possessive countries to this stage), and a
// person's name blocks every place inside it. Where those very words are a country's name and the trained
// recogniser reads them as a place, the guess is the weaker reading: the words name the country.
import type { Range, Span } from "../../doc.js";

export function isCountryReadAsPerson(
  blocker: Span,
  candidate: Range & { countryIso3?: string },
  ner: readonly Span[],
): boolean {
  if (blocker.label !== "PERSON" || !candidate.countryIso3) return false;
  const isSame = (s: Range) => s.start === candidate.start && s.end === candidate.end;
  return isSame(blocker) && ner.some((s) => s.label === "LOC" && isSame(s));
}

/**
 * "The RSF shelled El Fasher": the name classifier guesses a person for a name it has seen as a given name
 * ("El"), where the recogniser reads the very same words as a place. When the gazetteer knows them as a big
 * city or a province, the guess is the weaker reading there too, as for a country's name.
 */
export function isBigPlaceReadAsPerson(
  blocker: Span,
  candidate: Range & { places: readonly { featureCode: string; population: number }[] },
  ner: readonly Span[],
  bigCityPopulation: number,
): boolean {
  if (blocker.label !== "PERSON") return false;
  const isSame = (s: Range) => s.start === candidate.start && s.end === candidate.end;
  const isBig = candidate.places.some((p) => p.featureCode === "ADM1" || p.population >= bigCityPopulation);
  return isBig && isSame(blocker) && ner.some((s) => s.label === "LOC" && isSame(s));
}
