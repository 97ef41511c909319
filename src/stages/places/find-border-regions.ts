// Vague places kept vague: "near the Syrian-Iraqi border", "the border between Syria and Iraq" name a
// border area between two countries, not a town, so they become one BORDER span with both countries.

import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import { foldAlias } from "../../text/fold-alias.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { findBeforeWord, type WordEndedPattern } from "./find-before-word.js";
import { borderSpan } from "./make-place-span.js";

const WORD = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
const HYPHENATED = new RegExp(
  String.raw`(${WORD})\s?[-–/]\s?(${WORD})\s+border(?:\s+(?:area|region|zone|crossing))?`,
  "gu",
);
// The same pattern tried only within reach of each "border" (find-before-word.ts): a match holds two names
// of at most two words, a separator and the space before "border", so at most five runs of whitespace.
const HYPHENATED_NEAR_BORDER: WordEndedPattern = {
  sticky: new RegExp(HYPHENATED.source, "uy"),
  word: "border",
  inside: /[\p{L}.\-–/]/u,
  maxSpaceRuns: 5,
};
const BETWEEN = new RegExp(String.raw`border\s+(?:area\s+|region\s+)?between\s+(${WORD})\s+and\s+(${WORD})`, "gu");

/** `countryNames`: folded country names and demonyms (places-lexicons.ts). */
export function findBorderRegions(
  text: string,
  gazetteer: Gazetteer,
  countryNames: ReadonlyMap<string, string>,
): LayerSpan<"places">[] {
  const spans: LayerSpan<"places">[] = [];
  // Both patterns need the word: HYPHENATED tries two names at every capitalised word before finding it.
  if (!text.includes("border")) return spans;
  for (const matches of [findBeforeWord(text, HYPHENATED_NEAR_BORDER), findAllMatches(text, BETWEEN)]) {
    for (const m of matches) {
      const a = countryNames.get(foldAlias(m[1]));
      const b = countryNames.get(foldAlias(m[2]));
      if (!a || !b || a === b) continue;
      spans.push(borderSpan({ start: m.index!, end: m.index! + m[0].length, by: "places/border" }, [a, b], gazetteer));
    }
  }
  return spans;
}
