// A lone capitalised word that no lexicon knows and no rule decides ("Magna", "Rotor", "Hachette").
// Before the name classifier this was always a place; now the classifier reads the word's letters, and a
// word it is unsure of is no name we can type: dropped, not guessed. A name the places stage can look up
// (a gazetteer town however small, a country, a region, "W.Va.") stays a place, so that stage still sees
// it as one and its own rules decide: a classifier's PERSON there would hide a town.
import { countryByName } from "../../countries.js";
import type { Classified } from "./classify-name.js";
import { isAnyTown, type KnownNames } from "./known-names.js";
import { type NameModel, predictNameLabel } from "./name-classifier.js";
import { isTitleWord, type NameLexicons } from "./name-lexicons.js";
import type { Word } from "./split-words.js";

/** "Alan" alone is a person; "General" alone a title; "KDP-controlled" no name; else the classifier's kind. */
export function guessLoneWord(
  word: Word,
  lex: NameLexicons,
  minNameProbability: number,
  names: KnownNames,
  nameModel: NameModel,
): Classified | undefined {
  if (lex.firstNames.has(word.text)) return { label: "PERSON", rule: "first-name-alone" };
  if (isTitleWord(word.text, lex) || /-(?:controlled|led|backed|held|run|owned|linked|allied)$/i.test(word.text))
    return undefined;
  if (/-(?:born|based)$/i.test(word.text)) return { label: "MISC", rule: "origin" };
  // Kept as "unknown-default": the rule that a stronger reading elsewhere in the document overrides.
  if (isPlaceName(word.text, names)) return { label: "LOC", rule: "unknown-default" };
  const guess = predictNameLabel(word.text, nameModel);
  return guess.probability >= minNameProbability ? { label: guess.label, rule: "name-classifier" } : undefined;
}

/** The same look-ups the places stage makes, on the word without "'s" or "-area" ("Kenya's", "Atlanta-area"). */
function isPlaceName(text: string, names: KnownNames): boolean {
  const name = text.replace(/[’']s$|-(?:area|bound|region|wide)$/i, "");
  return (
    isAnyTown(name, names) ||
    !!countryByName(name) ||
    !!names.gazetteer.lookupRegion(name) ||
    !!names.gazetteer.expandStateAbbreviation(text)
  );
}
