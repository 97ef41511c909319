// "Sudan's army said its troops had repelled an attack on the city's southern defences": a clause that names
// no place but speaks of "the city" or "the town" goes on about the last town the report named before it,
// as a reader takes it, the dateline's included ("KABUL (Wire) - A bomber struck a mosque in the city"): the
// dateline names the city the reporter is in, and "the city" with no other town named can only be that one.
// ACLED places the event at that town. Only a definite settlement noun with no name of its own ("the town of
// X" with X unknown is the site's, name-unlocated-site.ts). "The capital" is the country's, not the last
// town's: it points back only to a town that is its country's capital (world-countries' list). Tried only when
// the clause names no place. The place is inferred, not stated: the clause never names the town, and a scorer
// of stated arguments (and the actor readers, which trust a stated place's country) should not take it as said.
import { countryByIso3 } from "../../countries.js";
import { type Doc, type Field, type LayerSpan, type PlaceValue, type Span, spansOf } from "../../doc.js";
import { foldAlias } from "../../text/fold-alias.js";
import type { TriggerMention } from "./find-triggers.js";
import { placeValue } from "./locate-at-residence.js";
import { childrenOf, type ParseTree, readParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

/** "the capital" is the country's capital, not the town last named. */
const CAPITAL_WORD = "capital";
/** Labels of a town a settlement noun may point back to: a town named in the text, or the dateline's city. */
const TOWN_LABELS = new Set(["TOWN", "DATELINE"]);
/** Relations under which a settlement noun has a name of its own ("the city of X", "the X town"). */
const NAMING_RELATIONS = new Set(["nmod", "compound", "appos", "flat"]);

export function locateAtAntecedentTown(
  doc: Doc,
  mentions: readonly TriggerMention[],
  settlementWords: ReadonlySet<string>,
  reportIso3: string | null,
): Field<PlaceValue> | null {
  const tree = readParseTree(doc);
  const sentences = spansOf(doc, "sentences");
  for (const mention of mentions) {
    const settlement = findDefiniteSettlement(tree, sentences[mention.sentence], settlementWords);
    if (!settlement) continue;
    // Before the noun, not the sentence: "attacked a base outside X and seized the town's airport".
    const isCapital = doc.text.slice(settlement.start, settlement.end).toLowerCase() === CAPITAL_WORD;
    const iso3 = demonymCountryOf(tree, settlement) ?? reportIso3;
    const town =
      lastTownBefore(doc, settlement.start, iso3, isCapital) ??
      (isCapital && iso3 ? firstCapitalAfter(doc, settlement.end, iso3) : undefined);
    // The noun means the town itself, a dateline's as much as a named one (placeValue gives other labels 3).
    if (!town) continue;
    const precision = town.data?.precision === 2 ? 2 : 1;
    return { value: { ...placeValue(town), precision }, evidence: [town], stated: false };
  }
  return null;
}

/** "the city", "the town's": the first settlement noun with "the" and no name of its own, if any. */
function findDefiniteSettlement(tree: ParseTree, sentence: Span, words: ReadonlySet<string>): Span | undefined {
  const dates = spansOf(tree.doc, "dates");
  const demonyms = spansOf(tree.doc, "places").filter((p) => p.label === "ADJECTIVAL");
  for (let i = 0; i < tree.tokens.length; i++) {
    const token = tree.tokens[i];
    if (token.start < sentence.start || token.end > sentence.end || uposOf(tree, i) !== "NOUN") continue;
    const word = wordOf(tree, i).toLowerCase();
    if (!words.has(word)) continue;
    const children = childrenOf(tree, i);
    const the = children.find((c) => relationOf(tree, c) === "det" && wordOf(tree, c).toLowerCase() === "the");
    // "attacked the village on Tuesday": a parse may hang the day under the noun, and a day names no village;
    // "the Somali capital": a demonym the parse takes for a name says whose capital, not which.
    const isNamed = children.some(
      (c) =>
        NAMING_RELATIONS.has(relationOf(tree, c)) &&
        uposOf(tree, c) === "PROPN" &&
        !isInside(tree.tokens[c], dates) &&
        !isInside(tree.tokens[c], demonyms),
    );
    if (the !== undefined && !isNamed) return token;
  }
  return undefined;
}

/** "the Somali capital", "the Malian town": the country of a demonym before the noun, if any. */
function demonymCountryOf(tree: ParseTree, noun: Span): string | undefined {
  const before = spansOf(tree.doc, "places").filter((p) => p.label === "ADJECTIVAL" && p.end <= noun.start);
  const demonym = before.at(-1);
  const gap = demonym ? tree.doc.text.slice(demonym.end, noun.start) : "";
  return demonym && /^\s*$/.test(gap) ? demonym.data?.iso3 : undefined;
}

function isInside(token: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= token.start && token.end <= s.end);
}

/**
 * The last town the report names before an offset, in the report's country when it has one: the one "the
 * city" points back to, and of "the capital" the last that is its country's capital. A name read as a town
 * abroad ("the X market" as a Kenyan town) is no antecedent.
 */
function lastTownBefore(
  doc: Doc,
  offset: number,
  iso3: string | null,
  isCapital: boolean,
): LayerSpan<"places"> | undefined {
  return spansOf(doc, "places")
    .filter(
      (p) =>
        TOWN_LABELS.has(p.label) &&
        p.end <= offset &&
        (!iso3 || p.data?.iso3 === iso3) &&
        (!isCapital || isCountryCapital(p)),
    )
    .at(-1);
}

/**
 * "Police in the Kenyan capital fired tear gas ... set tyres alight in Nairobi": a capital of a named country
 * is one city, so its name told later in the report names the same place.
 */
function firstCapitalAfter(doc: Doc, offset: number, iso3: string): LayerSpan<"places"> | undefined {
  return spansOf(doc, "places").find(
    (p) => TOWN_LABELS.has(p.label) && p.start >= offset && p.data?.iso3 === iso3 && isCountryCapital(p),
  );
}

function isCountryCapital(town: LayerSpan<"places">): boolean {
  const country = town.data?.iso3 ? countryByIso3(town.data.iso3) : undefined;
  const name = foldAlias(town.data?.location ?? "");
  return !!country && country.capitals.some((c) => foldAlias(c) === name);
}
