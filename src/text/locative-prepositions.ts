// The prepositions that frame a place: "in Erbil", "near the border", "crossed from Jordan". One list for
// every stage that asks whether a name right after one of them is a place (the places frame, a lone name
// read as a town, a country that is where an event happened rather than who acted). It is the union of the
// four lists those stages kept before (issue #13); the eval gate scored the union against them.
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  "in",
  "near",
  "at",
  "outside",
  "inside",
  "within",
  "from",
  "to",
  "into",
  "around",
  "across",
  "through",
  "throughout",
  "toward",
  "towards",
  "via",
  "between",
  "of",
];

// The events stage also reads "and" after a first place as locative: "in Syria and Iraq".
const LOCATIVE_OR_AND_BEFORE = new RegExp(
  `\\b(?:${[...LOCATIVE_PREPOSITIONS, "and"].join("|")})\\s+(?:the\\s+)?$`,
  "i",
);

/** "in", "near the", "and" (of "in Syria and Iraq") at the very end of `before`. */
export function endsWithLocative(before: string): boolean {
  return LOCATIVE_OR_AND_BEFORE.test(before);
}
