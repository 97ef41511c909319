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
