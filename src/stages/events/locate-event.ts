// Where: the most precise place named in a trigger's clause (after the trigger, before the next
// trigger in the sentence). A town beats a province, a province a named region or border area, and
// those a country; "near" a town is geo_precision 2, and so is a province whose village the gazetteer
// lacks ("the village of X in Y region": part of the region, ACLED's convention). A dateline says where the
// report was filed, not where the event was, so it never places one. A clause with no place the stage could
// locate falls back to the report's focus country (locate-in-focus-country.ts), else to the dateline's
// country when the report names no other (locate-at-dateline.ts). A place in the phrase naming the report's
// source ("according to a doctor in X") is where the source is (is-source-place.ts): at most its country.
import {
  type Doc,
  type Field,
  type LayerSpan,
  type PlaceSpanData,
  type PlaceValue,
  type Span,
  spansOf,
} from "../../doc.js";
import { isAreaWord, isLocativeFrame } from "../../text/is-places-frame.js";
import { endsWithLocative } from "../../text/locative-prepositions.js";
import { overlaps } from "../../text/span-overlap.js";
import type { ActorNouns } from "./actor-nouns.js";
import { spansInClause } from "./find-in-clause.js";
import { readReportCountry } from "./find-report-country.js";
import type { TriggerMention } from "./find-triggers.js";
import { areaNounOf, isAttachedPlace, participleHost } from "./is-attached-place.js";
import { isEventNounPlace } from "./is-event-noun-place.js";
import { isOtherClausePlace, isOtherEventPlace } from "./is-other-clause-place.js";
import { isSourcePlace, type SourceWords } from "./is-source-place.js";
import { locateAtAntecedentTown } from "./locate-at-antecedent-town.js";
import { locateAtDateline } from "./locate-at-dateline.js";
import { isOnlyInOtherClause, locateAtResidence, placeValue } from "./locate-at-residence.js";
import { locateAtSourceCountry } from "./locate-at-source-country.js";
import { locateAtTargetCountry } from "./locate-at-target-country.js";
import { locateInFocusCountry } from "./locate-in-focus-country.js";
import { locatePurposeHost } from "./locate-purpose-host.js";
import { headOf, headTokenOf, type ParseTree, readParseTree, relationOf, wordOf } from "./parse-tree.js";
import { type Predicate, readPredicate, roleOfSpan } from "./read-predicate.js";
import { rememberMentionReading } from "./remember-mention-reading.js";
import { sayingVerbOf } from "./saying-verb-of.js";
import type { EventsSettings } from "./settings.js";
import { findConjoinedTowns } from "./split-conjoined-towns.js";

// Place labels that can locate an event, most precise first. A dateline, a demonym (ADJECTIVAL) or a
// place inside a name (IN_NAME) says where the report was filed or who someone is, not where it happened.
const RANK: Record<string, number> = { TOWN: 0, ADMIN1: 1, REGION: 2, BORDER: 2, COUNTRY: 3 };

// Words before a town that put the event near it, not in it (ACLED geo_precision 2): "near X", "30 km north
// of X", "south of the capital", "on the outskirts of X", "outside X".
const NEAR_BEFORE =
  /\b(?:near|outside|outskirts\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?$/i;

export function isEventPlace(place: Span): boolean {
  return place.label in RANK;
}

export function locateEvent(
  doc: Doc,
  mentions: TriggerMention[],
  allMentions: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): Field<PlaceValue> | null {
  const candidates = mentions.flatMap((m) => placesInClause(doc, m, allMentions, settings, sourceWords));
  const best = [...candidates].sort((a, b) => RANK[a.label] - RANK[b.label])[0];
  if (!best) return null;
  const data: Partial<PlaceSpanData> = best.data ?? {};
  const isTown = best.label === "TOWN";
  const isNear = NEAR_BEFORE.test(doc.text.slice(Math.max(0, best.start - settings.nearLookbackChars), best.start));
  // "the village of X in Y region": X is a place the gazetteer lacks, inside the province named after it.
  const village =
    best.label === "ADMIN1"
      ? (mentions.flatMap((m) => unlocatedNames(doc, m, allMentions, settings))[0] ?? nameInsideProvince(doc, best))
      : undefined;
  const isPartOfProvince = village !== undefined && village.end <= best.start;
  const value: PlaceValue = {
    ...placeValue(best),
    precision: isTown ? (isNear || data.precision === 2 ? 2 : 1) : isPartOfProvince ? 2 : 3,
  };
  return { value, evidence: isPartOfProvince ? [village, best] : [best], stated: true };
}

/**
 * Names the recogniser reads as places (ner LOC) after the trigger that the places stage could not locate:
 * a village the gazetteer lacks, or one whose only readings lie on another continent (drop-far-readings.ts).
 */
function unlocatedNames(doc: Doc, mention: TriggerMention, all: TriggerMention[], settings: EventsSettings): Span[] {
  // A person's name only when the sentence does not frame it as a place ("the village of X", "near X"): the
  // entities stage's name classifier guesses unknown names, the recogniser reads the frame.
  const isFramed = (s: Span) => isLocativeFrame(doc.text, s.start);
  const isUnlocated = unlocatedNameTest(doc, isFramed);
  return spansInClause(doc, "ner", mention, all, settings).filter(
    (s) => s.label === "LOC" && s.start >= mention.span.end && isUnlocated(s),
  );
}

/**
 * "Fighting near Minova killed 12", with Minova unknown to the gazetteer: the clause's place falls back to the
 * province or country, and the name the text frames as a place ("near X", "in X") joins its evidence, as the
 * one word that says where more precisely (name-unlocated-site.ts does the same for "the town of X"). The
 * value stays the coarse place: the gazetteer cannot put a point on the name.
 */
function withUnlocatedNames(
  doc: Doc,
  mentions: TriggerMention[],
  all: TriggerMention[],
  settings: EventsSettings,
  place: Field<PlaceValue>,
): Field<PlaceValue> {
  if (place.value.precision !== 3) return place;
  const framed = mentions
    .flatMap((m) => unlocatedNames(doc, m, all, settings))
    .filter((s) => isLocativeFrame(doc.text, s.start));
  return framed.length > 0 ? { ...place, evidence: [...place.evidence, framed[0]] } : place;
}

/** A recogniser's place name that no place, organisation, group or thing has taken. */
function unlocatedNameTest(doc: Doc, isFramed: (s: Span) => boolean): (s: Span) => boolean {
  const named = spansOf(doc, "entities").filter((e) => e.label !== "LOC");
  const isTaken = (s: Span) =>
    spansOf(doc, "places").some((o) => overlaps(o, s)) ||
    named.some((o) => overlaps(o, s) && !(o.label === "PERSON" && isFramed(s)));
  const tree = readParseTree(doc);
  return (s) => !isTaken(s) && !isNounModifier(tree, s);
}

// "X in Y state", "X, in Mali's Y region": the words between a name and the province that contains it.
const INSIDE_GAP = /^,?\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:\p{Ll}+\s+)?$/u;
/** How far before the province such a name may end: the gap above and no more. */
const INSIDE_GAP_CHARS = 40;

/**
 * "Fighters attacked the town of X in Y state, killing six": the trigger is the trailing participle, so the
 * village the gazetteer lacks stands before it; "in" still puts it inside the province the clause names.
 */
function nameInsideProvince(doc: Doc, province: Span): Span | undefined {
  // Framed by "in" before the province, which is the frame a person's name never has.
  const isUnlocated = unlocatedNameTest(doc, () => true);
  return spansOf(doc, "ner").find(
    (s) =>
      s.label === "LOC" &&
      s.end <= province.start &&
      province.start - s.end <= INSIDE_GAP_CHARS &&
      INSIDE_GAP.test(doc.text.slice(s.end, province.start)) &&
      isUnlocated(s),
  );
}

/**
 * "clashed with X fighters", "X militiamen": a name that modifies a noun other than a kind of place names a
 * group or a thing, not a village ("the X district" still is one).
 */
function isNounModifier(tree: ParseTree, name: Span): boolean {
  const token = headTokenOf(tree, name);
  if (token < 0 || relationOf(tree, token) !== "compound") return false;
  const head = headOf(tree, token);
  return head > token && !isAreaWord(wordOf(tree, head));
}

/**
 * One place per record. ACLED codes one event per actor pair, location and day, so an incident the text
 * puts in several countries and no town ("airstrikes in Syria and Iraq", "two in Syria and one in Iraq")
 * becomes one record per country at geo_precision 3 — the finest the text allows, and no finer. A named
 * town keeps the incident whole at that town.
 */
/** What the fallbacks of a clause with no place read: the crowd's nouns, the words for a town. */
type FallbackLexicons = {
  actorNouns: ActorNouns;
  settlementWords: ReadonlySet<string>;
  sourceWords: SourceWords;
  siteNouns: ReadonlySet<string>;
};

export function locateEachCountry(
  doc: Doc,
  mentions: TriggerMention[],
  allMentions: TriggerMention[],
  settings: EventsSettings,
  lexicons: FallbackLexicons,
): Field<PlaceValue>[] {
  const found = locateEvent(doc, mentions, allMentions, settings, lexicons.sourceWords);
  const residence = locateAtResidence(doc, mentions, lexicons.actorNouns);
  const best = residence && found && isOnlyInOtherClause(doc, mentions, found) ? residence : found;
  if (!best) {
    const fallback =
      residence ??
      locateAtAntecedentTown(
        doc,
        mentions,
        lexicons.settlementWords,
        readReportCountry(doc, settings)?.country.iso3 ?? null,
      ) ??
      locatePurposeHost(doc, mentions, allMentions) ??
      locateAtTargetCountry(doc, mentions, lexicons.siteNouns) ??
      locateInFocusCountry(doc, mentions, readReportCountry(doc, settings), settings) ??
      locateAtDateline(doc) ??
      locateAtSourceCountry(doc, mentions, lexicons.sourceWords);
    return fallback ? [withUnlocatedNames(doc, mentions, allMentions, settings, fallback)] : [];
  }
  if (best.value.precision !== 3) return [best, ...findConjoinedTowns(doc, best)];
  const byCountry = new Map<string, LayerSpan<"places">[]>();
  // "struck fighters who were preparing to fire rockets toward Israel": a country named in a clause hung on
  // the predicate describes an argument; it splits the record only from the predicate's own clause.
  const ownPlaces = (m: TriggerMention) =>
    placesInClause(doc, m, allMentions, settings, lexicons.sourceWords).filter((p) => !isInOtherClause(doc, m, p));
  for (const place of mentions.flatMap(ownPlaces)) {
    const iso3 = String(place.data?.iso3 ?? "");
    // "in Somalia, near the border with Kenya": a country named as a landmark is no second place.
    if (place.label !== "COUNTRY" || !iso3 || isActor(doc, place, settings.locativeLookbackChars)) continue;
    byCountry.set(iso3, [...(byCountry.get(iso3) ?? []), place]);
  }
  if (byCountry.size < 2) return [best];
  return [...byCountry.values()].map((spans) => ({
    value: countryValue(spans[0]),
    evidence: dedupe(spans),
    stated: true,
  }));
}

function isInOtherClause(doc: Doc, mention: TriggerMention, place: Span): boolean {
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, mention.span);
  return predicate !== null && isOtherClausePlace(tree, predicate, place);
}

function countryValue(span: LayerSpan<"places">): PlaceValue {
  const data: Partial<PlaceSpanData> = span.data ?? {};
  const country = data.country ?? null;
  return {
    country,
    iso3: data.iso3 ?? null,
    admin1: null,
    location: country,
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    precision: 3,
  };
}

function dedupe(spans: Span[]): Span[] {
  return spans.filter((s, i) => spans.findIndex((t) => t.start === s.start && t.end === s.end) === i);
}

// Read once per mention: every incident a new mention might join is located again (remember-mention-reading.ts).
const placesInClause = rememberMentionReading(findPlacesInClause);

function findPlacesInClause(
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): LayerSpan<"places">[] {
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, mention.span);
  // "attacked by Amal militiamen": a name inside the agent's phrase says who, not where.
  const isAgent = (p: Span) => predicate !== null && roleOfSpan(tree, predicate, p) === "agent";
  const after = spansInClause(doc, "places", mention, all, settings).filter(
    (p) =>
      p.start >= mention.span.end &&
      p.label in RANK &&
      !isActor(doc, p, settings.locativeLookbackChars) &&
      !isAgent(p) &&
      !isOtherVerbsArgument(tree, predicate, p) &&
      !isSourcePlace(tree, p, sourceWords),
  );
  // A place of the predicate's own clause wins over one in a clause hung on it ("…, calling Y a traitor").
  if (!predicate) return after;
  const own = after.filter((p) => !isOtherClausePlace(tree, predicate, p));
  // "…, while debris hit Y": a contrasting clause tells another happening, its place no fallback for this one's.
  const window = after.filter((p) => !isOtherEventPlace(tree, predicate, p));
  // "In X, soldiers clashed with gunmen loyal to the sons of Y": a place phrase the parse attaches to the
  // predicate, before it too, wins over a name nested in one of its arguments (findAttachedPlaces).
  const attached = findAttachedPlaces(doc, tree, predicate, mention, own, sourceWords);
  if (attached.length === 0) return own.length > 0 ? own : window;
  // "In the department of X, gunmen shot dead a leader in the village of Y": a town inside the attached or
  // fronted province is the finer reading of the same scene, wherever the parse hung it, and a town the
  // parse attached in another province is a same-named one elsewhere (containment, issue 18).
  const regions = new Set(
    [...attached, ...frontedProvinces(doc, mention)].flatMap((p) =>
      p.label !== "TOWN" && p.data?.admin1 ? [p.data.admin1] : [],
    ),
  );
  const isInside = (p: LayerSpan<"places">) => !!p.data?.admin1 && regions.has(p.data.admin1);
  const inside = after.filter((p) => p.label === "TOWN" && isInside(p));
  if (inside.length === 0) return attached;
  return [...attached.filter((p) => p.label !== "TOWN" || isInside(p)), ...inside];
}

/** The provinces the trigger's sentence names before it ("In the western department of X, gunmen ..."). */
function frontedProvinces(doc: Doc, mention: TriggerMention): LayerSpan<"places">[] {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return spansOf(doc, "places").filter(
    (p) => p.label === "ADMIN1" && p.start >= sentence.start && p.end <= mention.span.start,
  );
}

/**
 * The places after the trigger that hang on its predicate as a place phrase ("in Y", "near the town of Y"),
 * and those before it that set its clause's scene ("In Kunduz, a bomber detonated his vest").
 */
function findAttachedPlaces(
  doc: Doc,
  tree: ParseTree,
  predicate: Predicate,
  mention: TriggerMention,
  after: LayerSpan<"places">[],
  sourceWords: SourceWords,
): LayerSpan<"places">[] {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const before = spansOf(doc, "places").filter(
    (p) =>
      p.start >= sentence.start &&
      p.end <= mention.span.start &&
      p.label in RANK &&
      !isSourcePlace(tree, p, sourceWords),
  );
  // "the shelling of X", "shelled X": the place hit is where it happened, as much as "in X" is.
  const isHit = (p: Span) => roleOfSpan(tree, predicate, p) === "patient" || isHostObject(tree, predicate, p);
  // "a U.S. drone strike near Jilib": a country modifying the event noun says whose strike it was, as
  // "Israeli" would; a town there ("the Kabul bombing") still says where.
  const isNounPlace = (p: LayerSpan<"places">) => p.label !== "COUNTRY" && isEventNounPlace(tree, predicate, p);
  return [...after, ...before].filter((p) => isAttachedPlace(tree, predicate, p) || isHit(p) || isNounPlace(p));
}

/**
 * "Militiamen attacked X on Tuesday, killing seven soldiers": the place the verb a trailing participle hangs
 * on acts upon is where the killing was too, as the participle tells that verb's outcome; so is a place named
 * by the kind of place it is ("attacked the town of X").
 */
function isHostObject(tree: ParseTree, predicate: Predicate, place: Span): boolean {
  const host = participleHost(tree, predicate.token);
  const name = headTokenOf(tree, place);
  const area = areaNounOf(tree, name);
  const token = area >= 0 ? area : name;
  return host >= 0 && token >= 0 && headOf(tree, token) === host && relationOf(tree, token) === "obj";
}

/**
 * "two were killed and accused Ankara of targeting civilians", "Kyiv said": a capital that is the subject
 * or object of a verb of saying or blaming stands for its government, and is no place of the event. Other
 * verbs' arguments may still be ("fighting spread to Damascus", "shelled Kharkiv").
 */
function isOtherVerbsArgument(tree: ParseTree, predicate: Predicate | null, place: Span): boolean {
  const verb = sayingVerbOf(tree, headTokenOf(tree, place));
  return verb >= 0 && verb !== predicate?.token && verb !== predicate?.governor;
}

/**
 * A country that is the subject of a sentence is an actor, not where the event was ("in central Mali" is not).
 * Nor is a part of one named by a direction word ("Rockets hit northern Israel"): no actor is "northern".
 */
function isActor(doc: Doc, place: Span, lookbackChars: number): boolean {
  if (place.label !== "COUNTRY") return false;
  const before = doc.text.slice(Math.max(0, place.start - lookbackChars - DIRECTION_CHARS), place.start);
  if (DIRECTION_AFTER.test(before)) return false;
  return !endsWithLocative(before.replace(ARTICLE_AFTER, " ").replace(DIRECTION_AFTER, " "));
}

// "in a West Bank settlement", "in the Gaza Strip": an article between the preposition and the country name.
const ARTICLE_AFTER = /\s(?:a|an|the)\s+$/i;

// "in central Mali", "near north-eastern Nigeria": a direction word between the preposition and the country.
const DIRECTION_AFTER =
  /\s(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+$/i;
const DIRECTION_CHARS = 15;
