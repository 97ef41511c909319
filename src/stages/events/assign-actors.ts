// Who did it to whom. In a trigger's sentence the actor named before the trigger (the subject, "The United
// States carried out airstrikes") or after "by" is actor 1; the one after "against", "on", "targeting"
// is actor 2. A country named as an actor stands for its military forces, and so does a leader or a
// government with a known country (resolve-leader-actor.ts), also when the text says only "he".

import { countryByIso3 } from "../../countries.js";
import {
  type ActorValue,
  type Doc,
  type EntityData,
  type Field,
  type LayerSpan,
  type Span,
  spansOf,
} from "../../doc.js";
import { endsWithLocative } from "../../text/locative-prepositions.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { CivilianPatterns } from "./event-lexicons.js";
import { findForceOwner } from "./find-force-owner.js";
import { clauseOf } from "./find-in-clause.js";
import { findOwnedHead } from "./find-owned-head.js";
import type { TriggerMention } from "./find-triggers.js";
import { isAffiliation } from "./is-affiliation.js";
import { isInsidePlaceName } from "./is-inside-place-name.js";
import { isLaterClauseTrigger } from "./is-later-clause-trigger.js";
import { isOtherActTheme } from "./is-other-act-theme.js";
import { isOutOfOffice, type OutOfOfficeWords } from "./is-out-of-office.js";
import { isSupporter, type SupportCue } from "./is-supporter.js";
import { isThingOwner } from "./is-thing-owner.js";
import type { ActorOrigins } from "./keep-clause-associates.js";
import { withArticle } from "./name-generic-actor.js";
import { headOf, headTokenOf, type ParseTree, readParseTree, uposOf } from "./parse-tree.js";
import { type Predicate, readPredicate, roleOfSpan } from "./read-predicate.js";
import { readReportingSubject } from "./read-reporting-subject.js";
import { isLeaderOrGovernment, isPerson, leaderForces, resolvePronounActor } from "./resolve-leader-actor.js";
import type { EventsSettings } from "./settings.js";
import { SPEECH } from "./speech-verbs.js";
import { TERRITORY_SUB_EVENTS } from "./territory-sub-events.js";

/** ACLED's rebel-group code: what an unlisted organisation that carries out violence is taken for. */
const UNLISTED_GROUP_INTER = 2;
/** Longer than any civilian-place word (lexicon/incidents/civilian-places.txt) or actor noun (lexicon/actors/
 * actor-nouns.tsv) and the space before it. */
const PLACE_NOUN_MAX_CHARS = 24;
/** Deeper than any sentence a news parse yields; a guard against a malformed head chain. */
const MAX_DEPTH = 64;

export type ActorRoles = {
  actor1: Field<ActorValue>[];
  actor2: Field<ActorValue>[];
  /** The mention whose clause first named each actor: associates come from the main actor's clause. */
  origins: ActorOrigins;
  /** "forces backed by African Union troops": the backers of actor 1, its associates (is-supporter.ts). */
  supporters: Field<ActorValue>[];
};
/** The word lists the readers need; without them (a tally's quick read) no place or backer is told apart. */
export type ActorReadingLexicons = {
  civilian: CivilianPatterns;
  supportCue: SupportCue;
  actorNouns?: ActorNouns;
  outOfOffice?: OutOfOfficeWords;
};
type ActorRole = "actor1" | "actor2";

// The cue, then at most three modifier words ("against two Iranian-backed militias"), then the actor.
const TARGET_CUE = /\b(?:against|on|targeting|targeted|at|hitting|struck|hit)\s+(?:[\w'’-]+\s+){0,3}$/i;
const AGENT_CUE = /\b(?:by|from)\s+(?:[\w'’-]+\s+){0,2}$/i;
// "strikes on weapons storage facilities used by Kata'ib Hezbollah", "three locations it said were used by
// the militias": the owner of the place or thing hit is the one attacked, although a "by" comes before it.
// Only after a noun for a place or thing ("the radio station, which is tied to the rebel movement" is no target).
const OWNED_THINGS = [
  "facilit(?:y|ies)",
  "sites?",
  "positions?",
  "bases?",
  "depots?",
  "camps?",
  "headquarters",
  "compounds?",
  "warehouses?",
  "locations?",
  "targets?",
  "vehicles?",
  "convoys?",
  "checkpoints?",
  "posts?",
  "outposts?",
  "buildings?",
  "offices?",
];
const OWNING_VERBS = ["used", "operated", "run", "owned", "controlled", "held", "occupied", "manned"];
const OWNER_CUE = new RegExp(
  `\\b(?:${OWNED_THINGS.join("|")})\\s+(?:(?:that|which|it\\s+said|they\\s+said)\\s+)*(?:(?:were|was|are|is|had\\s+been|have\\s+been)\\s+)?(?:(?:${OWNING_VERBS.join("|")})\\s+by|belonging\\s+to)\\s+(?:[\\w'’-]+\\s+){0,2}$`,
  "i",
);
// "the governor survived an attack", "the convoy came under fire", "Turkey has been reeling from attacks",
// "the city was rocked by explosions", "the town has faced / endured months of shelling": the subject is the
// one attacked.
const VICTIM_CUE =
  /\b(?:survived|survives|escaped|escapes|suffered|suffers|faced|faces|endured|endures|weathered|weathers|sustained|sustains|came\s+under|comes\s+under|reel(?:s|ed|ing)?\s+from|(?:hit|struck|rocked|shaken|targeted)\s+by)\b/i;
const LOSER_CUE = /\bfrom\s+(?:[\w'’-]+\s+){0,2}$/i;
// "clashed with Kata'ib Hezbollah", "fighting with the army": in a battle the other side follows "with".
const OPPONENT_CUE = /^\s*(?:\w+\s+)?with\s+(?:[\w'’-]+\s+){0,2}$/i;

export function assignActors(
  doc: Doc,
  mentions: TriggerMention[],
  all: TriggerMention[],
  settings: EventsSettings,
  lexicons?: ActorReadingLexicons,
): ActorRoles {
  const roles: ActorRoles = { actor1: [], actor2: [], origins: new Map(), supporters: [] };
  const sentences = spansOf(doc, "sentences");
  const tree = readParseTree(doc);
  for (const mention of mentions) {
    const { end } = clauseOf(doc, mention, all, settings);
    const isViolence = mention.disorderType === "Political violence";
    const predicate = isReadAsClause(doc, tree, mention.span) ? readPredicate(tree, mention.span) : null;
    for (const entity of actorEntities(doc, { ...sentences[mention.sentence], end }, settings, lexicons)) {
      if (lexicons && isSupporter(doc, entity, lexicons.supportCue)) {
        addSupporter(doc, roles, entity, mention, isViolence);
        continue;
      }
      // "loyal to former president X": a leader out of office commands no forces and is no government.
      if (lexicons?.outOfOffice && isLeaderOrPerson(entity) && isOutOfOffice(doc.text, entity, lexicons.outOfOffice))
        continue;
      const parsed = parsedRoleOf(tree, predicate, entity);
      // An organisation the actor lists do not know acts only where the parse says it did, and never from
      // a wire dateline's brackets ("NIAMEY, June 27 (Reuters) - Gunmen ...", which the parse misreads).
      if (entity.label === "ORG" && (parsed !== "actor1" || isBracketed(doc, entity))) continue;
      // "protesters demanding the resignation of President Kabila": a leader another act is about is no side.
      // "supporters of Imran Khan's party": nor is one whose possessive names a thing, even as the agent's
      // group; hit, the thing may be his ("an attack on the president's convoy").
      const isTheme =
        isPerson(entity) &&
        ((parsed === undefined && isOtherActTheme(tree, predicate, entity)) ||
          (parsed !== "actor2" &&
            lexicons?.actorNouns !== undefined &&
            isThingOwner(doc, entity, lexicons.actorNouns)));
      const role = isTheme ? null : parsed === undefined ? roleOf(doc, entity, mention, settings) : parsed;
      // "Turkey's air force": a state force takes the country that owns it in the parse.
      const owner =
        role && entity.label === "ACTOR" && entity.data?.inter === 1 ? findForceOwner(doc, tree, entity) : null;
      // A leader who uses force stands for the forces; a leader attacked is the government ("Government of Venezuela").
      const value = !role
        ? null
        : entity.label === "PERSON"
          ? leaderForces(doc, entity)
          : entity.label === "ORG"
            ? unlistedGroup(doc, entity)
            : actorValue(owner ?? entity, isViolence && role === "actor1");
      const added = role && value ? addActor(roles[role], value, entity) : null;
      const ownedHead = added && parsed === "actor1" ? findOwnedHead(tree, predicate, entity) : null;
      if (added && ownedHead) added.evidence.push(ownedHead);
      if (added && !roles.origins.has(added)) roles.origins.set(added, mention);
    }
  }
  // "In February, he ordered F-15E airstrikes": no actor named, so the person "he" stands for.
  for (const mention of roles.actor1.length === 0 ? mentions : []) {
    const resolved = resolvePronounActor(doc, mention, all, settings);
    if (resolved) {
      roles.actor1.push(resolved);
      break;
    }
  }
  return roles;
}

/**
 * What the parse says of the name: the agent is actor 1, the patient actor 2, a name after "in" a place.
 * The subject of the verb of saying the trigger is reported under is no actor, unless the agent is its
 * own ("said its fighters killed"). Elsewhere (undefined) the word-window rules below decide: a parse
 * that hangs the name in another clause is too often wrong about news sentences to veto them.
 */
function parsedRoleOf(tree: ParseTree, predicate: Predicate | null, entity: Span): ActorRole | null | undefined {
  const role = predicate ? roleOfSpan(tree, predicate, entity) : null;
  if (role === "agent") return "actor1";
  if (role === "patient") return "actor2";
  if (role === "place") return null;
  const reporting = predicate ? readReportingSubject(tree, predicate, entity) : null;
  if (reporting === "speaker-owns-agent") return "actor1";
  return reporting === "speaker" ? null : undefined;
}

/**
 * A sentence whose parse has a verb at its root. Headlines ("Militants attack army base in ...") and
 * fragments come out of a parser trained on full sentences rooted in a noun, their subject hung anywhere:
 * for them the word-window rules are the better guess. A wire dateline the parse made the root
 * ("BENGHAZI (Wire) - Forces loyal to X attacked ...") leaves the sentence after it a clause when a verb
 * lies on the way up from the trigger.
 */
function isReadAsClause(doc: Doc, tree: ParseTree, trigger: Span): boolean {
  let token = headTokenOf(tree, trigger);
  let isVerbPassed = false;
  for (let hops = 0; token >= 0 && hops < MAX_DEPTH; hops++) {
    const head = headOf(tree, token);
    if (uposOf(tree, token) === "VERB" && head >= 0) isVerbPassed = true;
    if (head < 0) return uposOf(tree, token) === "VERB" || (isVerbPassed && isInDateline(doc, tree.tokens[token]));
    token = head;
  }
  return false;
}

function isInDateline(doc: Doc, token: Span): boolean {
  return spansOf(doc, "places").some((p) => p.label === "DATELINE" && p.start <= token.start && token.end <= p.end);
}

function roleOf(
  doc: Doc,
  entity: LayerSpan<"entities">,
  mention: TriggerMention,
  settings: EventsSettings,
): ActorRole | null {
  if (entity.end <= mention.span.start) {
    const between = doc.text.slice(entity.end, mention.span.start);
    // "Congo: Rebels kill 12": a name before a colon is the topic of a headline or the speaker of a quote.
    if (/[.;:]/.test(between) || between.length > settings.actorBeforeTriggerMaxChars) return null;
    // "Iraqi forces push into Mosul as protests flare": the trigger's own clause, opened after the name.
    if (isLaterClauseTrigger(readParseTree(doc), entity, mention.span)) return null;
    if (VICTIM_CUE.test(between)) return "actor2";
    // "Biden said the strikes ...": a leader or person speaking is not the one who acted.
    return (entity.label === "PERSON" || isLeaderOrGovernment(entity)) && SPEECH.test(between) ? null : "actor1";
  }
  const before = doc.text.slice(mention.span.end, entity.start);
  if (before.length > settings.actorAfterTriggerMaxChars) return null;
  if (OWNER_CUE.test(before)) return "actor2";
  // "seized the town from M23": the side a territory is taken from is the one that lost it.
  if (TERRITORY_SUB_EVENTS.has(mention.subEventType) && LOSER_CUE.test(before)) return "actor2";
  if (AGENT_CUE.test(before)) return "actor1";
  if (TARGET_CUE.test(before)) return "actor2";
  if (mention.eventType === "Battles" && OPPONENT_CUE.test(before)) return "actor2";
  return null;
}

/** ACTOR and COUNTRY entities; a nationality only before "-backed" is an affiliation, not an actor. */
function actorEntities(
  doc: Doc,
  sentence: Span,
  settings: EventsSettings,
  lexicons?: ActorReadingLexicons,
): LayerSpan<"entities">[] {
  const civilian = lexicons?.civilian;
  const actorNouns = lexicons?.actorNouns;
  const inSentence = spansOf(doc, "entities").filter(
    (e) => e.start >= sentence.start && e.end <= sentence.end && !isAffiliation(doc, e),
  );
  return inSentence.filter(
    (e) =>
      e.label === "ACTOR" ||
      e.label === "PERSON" ||
      e.label === "ORG" ||
      (e.label === "COUNTRY" &&
        !isLocative(doc, e, inSentence, settings.locativeLookbackChars) &&
        !isDatelineState(doc, e) &&
        !isInsidePlaceName(doc, e) &&
        !(civilian && isPlaceModifier(doc, e, civilian)) &&
        !(actorNouns && isGroupModifier(doc, e, actorNouns))),
  );
}

/** Kinds of actor noun that are no state's forces: a country before them says whose people they are. */
const NON_STATE_KINDS = new Set(["armed group", "rioters", "protesters", "civilians"]);

/**
 * "Haiti gangs attack police stations", "Mali jihadists": a country right before a noun for armed men,
 * rioters or civilians says where they are from, as "Malian militants" would; it is not the state's forces.
 * The noun's own reader names them (Unidentified Armed Group (Haiti)). Read on the surface, because
 * headlines, where this is commonest, are what the parser reads worst.
 */
function isGroupModifier(doc: Doc, entity: Span, actorNouns: ActorNouns): boolean {
  const after = doc.text.slice(entity.end, entity.end + PLACE_NOUN_MAX_CHARS);
  if (!after.startsWith(" ")) return false;
  const kind = actorNouns.kinds.get(leadingWord(after.trimStart()).toLowerCase());
  return kind !== undefined && NON_STATE_KINDS.has(kind);
}

/**
 * "raids on two Burkina Faso villages", "an attack on a Mali market": a country naming the civilian place
 * that follows it says where the place is; it is not the country's forces being attacked.
 */
function isPlaceModifier(doc: Doc, entity: Span, civilian: CivilianPatterns): boolean {
  const after = doc.text.slice(entity.end, entity.end + PLACE_NOUN_MAX_CHARS);
  return after.startsWith(" ") && civilian.place.test(leadingWord(after.trimStart()));
}

/** The letters a text opens with ("villages" of "villages, killing"): no regex, no backtracking. */
function leadingWord(text: string): string {
  let end = 0;
  while (end < text.length && text[end].toLowerCase() !== text[end].toUpperCase()) end++;
  return text.slice(0, end);
}

/** "MOGADISHU, Somalia –": the country of a dateline says where the report was filed, not who acted. */
function isDatelineState(doc: Doc, entity: Span): boolean {
  return spansOf(doc, "places").some(
    (p) => p.label === "DATELINE" && p.end <= entity.start && /^,\s*$/.test(doc.text.slice(p.end, entity.start)),
  );
}

// "in northern Mali", "near south-eastern Iraq": a part of the country between the preposition and its name.
const REGION_WORD = /\b(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+$/i;

// "the United States and France", "Syria and Iraq": the second of two joined names.
const JOINED = /(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?$/i;

/**
 * "in Syria", "near Iraq", "in Syria and Iraq", "in northern Mali": a place, not an actor. A name joined
 * by "and" to one before it is what that one is: "strikes by the United States and France" name two
 * actors, "in Syria and Iraq" two places.
 */
function isLocative(doc: Doc, entity: Span, others: readonly Span[], lookbackChars: number): boolean {
  const before = doc.text.slice(Math.max(0, entity.start - lookbackChars), entity.start);
  const start = entity.start - (REGION_WORD.exec(before)?.[0].length ?? 0);
  const joined = JOINED.exec(doc.text.slice(Math.max(0, start - lookbackChars), start));
  const first = joined && others.find((o) => o.end === start - joined[0].length);
  if (first) return isLocative(doc, first, others, lookbackChars);
  return endsWithLocative(doc.text.slice(Math.max(0, start - lookbackChars), start));
}

function isLeaderOrPerson(entity: LayerSpan<"entities">): boolean {
  return entity.label === "PERSON" || isLeaderOrGovernment(entity);
}

function isBracketed(doc: Doc, entity: Span): boolean {
  return doc.text[entity.start - 1] === "(" && doc.text[entity.end] === ")";
}

/**
 * "the IRA's bombing", "the Front's fighters detonated": an organisation the actor lists do not know that
 * the parse makes the agent of violence is an organised armed group, ACLED's rebel-group code (as an
 * unlisted claimant, find-claimed-perpetrator.ts).
 */
function unlistedGroup(doc: Doc, entity: Span): ActorValue {
  return { name: doc.text.slice(entity.start, entity.end), inter: UNLISTED_GROUP_INTER };
}

/** `isForce`: a leader or government using force stands for its forces, elsewhere for itself. */
export function actorValue(entity: LayerSpan<"entities">, isForce = true): ActorValue {
  const data: EntityData = entity.data ?? {};
  if (entity.label === "COUNTRY")
    return { name: `Military Forces of ${withArticle(String(data.name))}`, inter: 1, country: data.iso3 };
  // ACLED codes a leader's or government's use of force to the forces they command.
  if (isForce && isLeaderOrGovernment(entity))
    return {
      name: `Military Forces of ${withArticle(countryByIso3(String(data.iso3))?.name ?? String(data.iso3))}`,
      inter: 1,
      country: String(data.iso3),
    };
  return { name: String(data.name), inter: Number(data.inter) || 0, country: data.iso3 };
}

/**
 * A backer named before the trigger backs actor 1 ("troops backed by X raided"); one after it backs
 * whoever it follows ("militants backed by X"), which ACLED leaves out: that one is read as no actor.
 */
function addSupporter(
  doc: Doc,
  roles: ActorRoles,
  entity: LayerSpan<"entities">,
  mention: TriggerMention,
  isViolence: boolean,
): void {
  if (entity.end > mention.span.start) return;
  const value =
    entity.label === "PERSON"
      ? leaderForces(doc, entity)
      : entity.label === "ORG"
        ? unlistedGroup(doc, entity)
        : actorValue(entity, isViolence);
  if (value) addActor(roles.supporters, value, entity);
}

function addActor(list: Field<ActorValue>[], value: ActorValue, entity: Span): Field<ActorValue> {
  const existing = list.find((f) => f.value.name === value.name);
  if (existing) {
    existing.evidence.push(entity);
    return existing;
  }
  const added = { value, evidence: [entity], stated: entity.label === "ACTOR" };
  list.push(added);
  return added;
}
