// "Militants fired rockets at an Israeli army base", "drones struck a Russian air base": a clause that names
// no place but hits a site whose owner it names by country says, at least, in which country the event was. A
// state's own forces keep their bases, posts and checkpoints at home far more often than abroad, and a
// village or town called "Malian" is in Mali. Only a site (lexicon/places/site-nouns.txt) that the predicate
// acts on or happens at: "Russian drones", "a Ukrainian convoy" move, and their country says whose they are,
// not where. Tried only when the clause names no place, before the report's focus country: the target is
// this event's own words. The place is inferred (geo_precision 3): the text never says the site is there.
import { countryByIso3 } from "../../countries.js";
import { type Doc, type Field, type PlaceValue, type Span, spansOf } from "../../doc.js";
import { isSiteNoun, phraseStart } from "./find-event-site.js";
import type { TriggerMention } from "./find-triggers.js";
import { inferredCountryPlace } from "./inferred-country-place.js";
import { isAttachedPlace } from "./is-attached-place.js";
import { type ParseTree, readParseTree, uposOf, wordOf } from "./parse-tree.js";
import { type Predicate, readPredicate, roleOfSpan } from "./read-predicate.js";

/** Place labels that say a country owns what they modify: "Israel's", "Israeli". */
const OWNER_PLACES = new Set(["COUNTRY", "ADJECTIVAL", "IN_NAME"]);
/** Entity labels with a country: "Malian" (NORP), and a state's forces ("Israeli army", ACTOR inter 1). */
const STATE_FORCES_INTER = 1;

export function locateAtTargetCountry(
  doc: Doc,
  mentions: readonly TriggerMention[],
  siteNouns: ReadonlySet<string>,
): Field<PlaceValue> | null {
  const tree = readParseTree(doc);
  const sentences = spansOf(doc, "sentences");
  for (const mention of mentions) {
    const predicate = readPredicate(tree, mention.span);
    const sentence = sentences[mention.sentence];
    if (!predicate || !sentence) continue;
    for (let i = 0; i < tree.tokens.length; i++) {
      const token = tree.tokens[i];
      if (token.start < sentence.start || token.end > sentence.end || uposOf(tree, i) !== "NOUN") continue;
      if (!isSiteNoun(wordOf(tree, i), siteNouns) || !isTarget(tree, predicate, token)) continue;
      const owner = ownerCountryOf(doc, { start: tree.tokens[phraseStart(tree, i)].start, end: token.start });
      const country = owner && countryByIso3(owner.iso3);
      if (country && owner) return inferredCountryPlace(country, owner.evidence);
    }
  }
  return null;
}

/** The site is what the predicate acts on ("attacked a base") or where it happens ("fired at a base"). */
function isTarget(tree: ParseTree, predicate: Predicate, site: Span): boolean {
  return roleOfSpan(tree, predicate, site) === "patient" || isAttachedPlace(tree, predicate, site);
}

/** The country named among the words before a site noun in its phrase, with the words that name it. */
function ownerCountryOf(doc: Doc, words: { start: number; end: number }): { iso3: string; evidence: Span } | null {
  const isWithin = (s: Span) => s.start >= words.start && s.end <= words.end && s.start < s.end;
  const place = spansOf(doc, "places").find((p) => OWNER_PLACES.has(p.label) && p.data?.iso3 && isWithin(p));
  if (place?.data?.iso3) return { iso3: place.data.iso3, evidence: place };
  const entity = spansOf(doc, "entities").find(
    (e) =>
      e.data?.iso3 &&
      e.start >= words.start &&
      e.start < words.end &&
      (e.label === "NORP" || (e.label === "ACTOR" && e.data.inter === STATE_FORCES_INTER)),
  );
  return entity?.data?.iso3 ? { iso3: entity.data.iso3, evidence: entity } : null;
}
