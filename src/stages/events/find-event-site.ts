// The site of an event: a locative phrase the trigger's predicate hangs on whose head names a building,
// street or area ("killed at a bus station", "stabbed in her home", "detonated bombs across the city"). The
// gazetteer holds towns, not sites, so the record's location value stays the town; the site phrase joins its
// evidence as the words that say where, more precisely (ACLED's notes state the site the same way). Only
// nouns of lexicon/places/site-nouns.txt: "killed in an attack", "at night" are no site.
import { type Doc, type Field, type PlaceValue, type Span, spansOf } from "../../doc.js";
import { overlaps } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { isAttachedPlace } from "./is-attached-place.js";
import { unlocatedSiteEnd } from "./name-unlocated-site.js";
import { caseOf, childrenOf, headOf, type ParseTree, readParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { type Predicate, readPredicate } from "./read-predicate.js";

/** Modifiers before a site noun that belong to its phrase ("the busy bus station", "her home"). */
const PHRASE_MODIFIERS = new Set(["det", "amod", "compound", "nmod:poss", "nummod", "flat"]);

/**
 * The event's one site: the first its first mention with any names. ACLED codes one place per event, and a
 * second site is as often another scene of the report as a finer view of the same one.
 */
export function findEventSites(doc: Doc, mentions: readonly TriggerMention[], siteNouns: ReadonlySet<string>): Span[] {
  const tree = readParseTree(doc);
  const sites: Span[] = [];
  for (const mention of mentions) {
    const predicate = readPredicate(tree, mention.span);
    const sentence = spansOf(doc, "sentences")[mention.sentence];
    if (!predicate || !sentence) continue;
    tree.tokens.forEach((token, i) => {
      if (token.start < sentence.start || token.end > sentence.end) return;
      // "the port city": a noun that modifies another is part of that noun's phrase, not a site of its own.
      if (!isSiteHead(doc, tree, i) || PHRASE_MODIFIERS.has(relationOf(tree, i))) return;
      if (!isSiteNoun(wordOf(tree, i), siteNouns)) return;
      if (!isAttachedPlace(tree, predicate, token) && !isSceneNoun(tree, predicate, i)) return;
      const start = tree.tokens[phraseStart(tree, i)].start;
      if (!sites.some((s) => s.start <= token.start && token.end <= s.end))
        sites.push({ start, end: unlocatedSiteEnd(doc, tree, i), label: "SITE", by: "find-event-site" });
    });
    if (sites.length > 0) break;
  }
  return sites.slice(0, 1);
}

// Cases that make a copula's noun the place of its subject ("the blast was at the station").
const SCENE_CASES = new Set(["at", "in", "inside", "near", "outside"]);

/**
 * "The worst blast was at the bus station": the event noun is the subject of a copula whose noun says where;
 * the parse makes the site the clause's head, so no locative phrase hangs under the trigger.
 */
function isSceneNoun(tree: ParseTree, predicate: Predicate, noun: number): boolean {
  const trigger = predicate.token;
  if (headOf(tree, trigger) !== noun || relationOf(tree, trigger) !== "nsubj") return false;
  return SCENE_CASES.has(caseOf(tree, noun)?.toLowerCase() ?? "");
}

/**
 * A common noun ("the bus station"), or the last word of a site's own name ("in Mill Road", "at Kano
 * Airport", "in Freedom Square"): the gazetteer holds no streets or airports, so the name is the one phrase
 * that says where. A name the places stage located is a town already ("Oklahoma City"), not a site.
 */
function isSiteHead(doc: Doc, tree: ParseTree, i: number): boolean {
  const upos = uposOf(tree, i);
  if (upos === "NOUN") return true;
  return upos === "PROPN" && !spansOf(doc, "places").some((p) => overlaps(p, tree.tokens[i]));
}

/** "stations" is read as "station"; "premises" is its own word. */
export function isSiteNoun(word: string, siteNouns: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return siteNouns.has(lower) || (lower.endsWith("s") && siteNouns.has(lower.slice(0, -1)));
}

/** The first token of a noun's phrase: its leftmost modifier, followed down through modifiers of modifiers. */
export function phraseStart(tree: ParseTree, noun: number): number {
  let first = noun;
  for (const child of childrenOf(tree, noun)) {
    if (child < first && PHRASE_MODIFIERS.has(relationOf(tree, child)))
      first = Math.min(first, phraseStart(tree, child));
  }
  return first;
}

/** Each place's evidence with the event's sites after its toponyms; the place's value is unchanged. */
export function withSites(places: Field<PlaceValue>[], sites: readonly Span[]): Field<PlaceValue>[] {
  if (sites.length === 0) return places;
  return places.map((place) => ({ ...place, evidence: [...place.evidence, ...sites] }));
}
