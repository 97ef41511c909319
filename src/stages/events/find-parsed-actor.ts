// Who acted or was hit, when the parse names them with a common noun rather than a name: "gunmen stormed
// the village", "the checkpoint was attacked by militants", "police shot two men", "Malian soldiers
// clashed with militants". The agent (actor 1) or patient (actor 2) phrase of the trigger's predicate
// (read-predicate.ts) is read by its head noun (lexicon/actors/actor-nouns.tsv) into ACLED's generic
// actors (name-generic-actor.ts). The country comes from a modifier or possessor ("Nigerien troops",
// "Mali's army"), else from the event's place, else from the report's main country (find-report-country.ts;
// then the value is inferred, not stated). A name the entities stage knows is read by assign-actors.ts
// first; this speaks only when no named actor has the role.
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import { type ActorNouns, actorKindOf, countryModifierOf, countryNamedBy } from "./actor-nouns.js";
import type { CivilianPatterns } from "./event-lexicons.js";
import { findDescribedAntecedent } from "./find-antecedent.js";
import { findBetweenSides } from "./find-between-sides.js";
import { findNationalityHead } from "./find-nationality-head.js";
import { findStationedForce } from "./find-stationed-force.js";
import { findTimeClauseAgents } from "./find-time-clause-agent.js";
import type { TriggerMention } from "./find-triggers.js";
import { findWeaponOwner } from "./find-weapon-owner.js";
import { isSupporter, type SupportCue } from "./is-supporter.js";
import { type Country, type GenericActorNames, nameGenericActor } from "./name-generic-actor.js";
import { findIdentityMilitia, nameIdentityMilitia } from "./name-identity-militia.js";
import {
  caseOf,
  childrenOf,
  childrenWith,
  headOf,
  headTokenOf,
  type ParseTree,
  readParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import { type Predicate, type Role, readPredicate } from "./read-predicate.js";
import { type ReferringNouns, readReferringPhrase } from "./read-referring-phrase.js";
import { TERRITORY_SUB_EVENTS } from "./territory-sub-events.js";

export type ActorCountries = { place: Country | null; report: Country | null };
export type ActorNounLexicons = { actorNouns: ActorNouns; genericActors: GenericActorNames };
type ParsedActorLexicons = ActorNounLexicons & {
  referringNouns: ReferringNouns;
  supportCue: SupportCue;
  /** "strikes", "shelling": nouns of an act whose country modifier is the force that acted (attack-nouns.txt). */
  attackNouns: ReadonlySet<string>;
  /** "supporters", "youths": people who, using force, are rioters (partisan-nouns.txt). */
  partisanNouns: ReadonlySet<string>;
  civilian: Pick<CivilianPatterns, "place">;
  /** "clashed", "fought": verbs whose joined subjects fought each other (mutual-fight-verbs.txt). */
  mutualFightVerbs: ReadonlySet<string>;
};

/** ACLED's sub-event of a crowd's violence on people, as opposed to a violent demonstration. */
const MOB_VIOLENCE = "Mob violence";
// "No gunmen were seen", "no soldiers were hurt": a phrase that denies the actor is none.
const DENYING_DETERMINERS = new Set(["no", "neither"]);

export function findParsedActor(
  doc: Doc,
  mention: TriggerMention,
  role: "actor1" | "actor2",
  countries: ActorCountries,
  lexicons: ParsedActorLexicons,
): Field<ActorValue> | null {
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, verbOf(tree, mention.span));
  if (!predicate) return null;
  const anchors = sideAnchors(doc, tree, predicate, role, lexicons.supportCue);
  // "HARARE (Wire) - Zimbabwean police broke up a rally": an event noun's subject is its governing verb's.
  const verb = predicate.governor >= 0 ? predicate.governor : predicate.token;
  if (role === "actor1") anchors.push(...strandedSubject(tree, verb), ...findTimeClauseAgents(tree, predicate));
  // "Malian soldiers clashed with militants": in a battle the other side follows "with".
  if (role === "actor2" && mention.eventType === "Battles") anchors.push(...opponentsOf(tree, predicate));
  // "Protesters clashed with police": a crowd that fights names the side it fought after "with" too.
  if (role === "actor2" && mention.eventType === "Riots")
    anchors.push(...crowdOpponentsOf(tree, predicate, lexicons.mutualFightVerbs));
  // "rebels seized the town from the army": the side a territory is taken from lost it.
  if (role === "actor2" && TERRITORY_SUB_EVENTS.has(mention.subEventType)) anchors.push(...losersOf(tree, predicate));
  // "Government forces and Houthi rebels clashed": the subjects of a mutual fight are its two sides.
  if (role === "actor2" && isMutualFightWord(doc, mention, lexicons.mutualFightVerbs))
    anchors.push(...jointSidesOf(tree, predicate));
  // "clashes between troops and militants": the first side acts, the second is acted on.
  const sides = findBetweenSides(tree, mention.span);
  if (sides.length === 2) anchors.push(role === "actor1" ? sides[0] : sides[1]);
  for (const anchor of anchors) {
    // "Kenyan police fired" misparsed with "Kenyan" the subject: the actor noun after it is the head.
    const misread = findNationalityHead(doc, tree, anchor, lexicons.actorNouns);
    const token = misread?.head ?? anchor;
    const named = nominalHead(tree, describedAntecedentOf(doc, tree, predicate, token, lexicons), lexicons.actorNouns);
    // "attacked jihadist positions", "shelled an army base": the one whose place or thing is hit is hit.
    const head = role === "actor2" ? (ownerOf(tree, named, lexicons.actorNouns) ?? named) : named;
    // "Israeli strikes", "Turkey's shelling": a country that modifies or owns the event noun is its force.
    // Also when the event noun is a verb's subject: "a Russian missile strike on the port damaged ...".
    const isEventOwner = !misread && role === "actor1" && headOf(tree, token) === predicate.token;
    // "a Russian drone hit the depot": a weapon the text gives a country fired for that country's forces.
    const ownerOfEvent =
      (isEventOwner ? eventOwnerOf(doc, tree, token, lexicons.attackNouns) : null) ??
      (role === "actor1" ? findWeaponOwner(doc, tree, head) : null);
    const kind = ownerOfEvent
      ? "military"
      : (actorKindOf(tree, head, lexicons.actorNouns) ??
        partisanKindOf(tree, head, role, lexicons.partisanNouns) ??
        civilianPlaceKindOf(tree, head, role, lexicons));
    // "Fulani herdsmen attacked farmers", "Yoruba youths attacked a market": people named by the identity of
    // a militia who use force other than a riot's are that militia (ACLED's identity militias); hit, they
    // stay civilians. "A Fulani mob killed 12 villagers": a people's mob that attacks people is that
    // community's militia too; one that only riots (a violent demonstration) stays rioters.
    const isIdentityAct =
      (mention.disorderType === "Political violence" &&
        (kind === "civilians" || (kind === "rioters" && mention.eventType !== "Riots"))) ||
      (kind === "rioters" && mention.subEventType === MOB_VIOLENCE);
    const actingIdentity =
      role === "actor1" && isIdentityAct ? findIdentityMilitia(tree, head, lexicons.actorNouns.identities) : null;
    // Civilians and people do not act in ACLED's sense: a crowd that attacks is coded by the event type.
    if (!kind || (role === "actor1" && kind === "civilians" && !actingIdentity) || isDenied(tree, head)) continue;
    const owner = ownerOfEvent ?? misread?.owner ?? countryModifierOf(doc, tree, head);
    // "Soldiers shot dead a man near Nablus" after "Israeli troops raided the city": the force stationed there.
    const stationed = owner
      ? null
      : findStationedForce(doc, tree.tokens[head].start, kind, countries.place ?? countries.report, lexicons);
    const country = owner ?? stationed ?? countries.place ?? countries.report;
    const { start, end } = tree.tokens[head];
    // "Malian soldiers", "Mali's army": the words that name the owner are evidence of the actor's name too.
    const from = owner && owner.evidence.end <= start ? owner.evidence.start : start;
    const span: Span = { start: from, end, label: "ACTOR", by: "events/parsed-actor" };
    const isStated = owner !== null || countries.place !== null || countries.report === null;
    const identity =
      actingIdentity ??
      (kind === "armed group" ? findIdentityMilitia(tree, head, lexicons.actorNouns.identities) : null);
    if (identity) {
      span.start = Math.min(span.start, tree.tokens[identity.token].start);
      return { value: nameIdentityMilitia(identity.name, country), evidence: [span], stated: isStated };
    }
    return { value: nameGenericActor(lexicons.genericActors, kind, country), evidence: [span], stated: isStated };
  }
  return null;
}

/**
 * "killed seven villagers": a trigger of several words is read from its verb, whose head lies outside it,
 * even when the parse hangs a later word of it elsewhere too ("villagers" as the subject of "said").
 */
function verbOf(tree: ParseTree, trigger: Span): Span {
  const inside = headTokenOf(tree, trigger);
  if (inside < 0) return trigger;
  const isIn = (i: number) =>
    i >= 0 && i < tree.tokens.length && tree.tokens[i].start >= trigger.start && tree.tokens[i].end <= trigger.end;
  let [first, last] = [inside, inside];
  while (isIn(first - 1)) first--;
  while (isIn(last + 1)) last++;
  for (let i = first; i <= last; i++) {
    const head = headOf(tree, i);
    const isOutside = head < first || head > last;
    if (uposOf(tree, i) === "VERB" && isOutside) return tree.tokens[i];
  }
  return trigger;
}

// The dash that ends a wire dateline ("BAMAKO, March 5 (Reuters) - ").
const DATELINE_DASH = new Set(["-", "–", "—", "--"]);

// Words of a plain noun phrase ("Kenyan riot police", "the army").
const PHRASE_UPOS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * "BAMAKO, March 5 (Reuters) - Gunmen on motorcycles killed ...", "NAIROBI (Wire) - Kenyan police fired":
 * a parser trained on plain sentences hangs the subject after a dateline's dash on the dateline (and the
 * dateline's town on the verb). A verb with no subject of its own after the dash takes the noun phrase
 * right after it when some of its words hang back in the dateline: its first noun when a preposition
 * follows it ("gunmen on motorcycles"), else its last ("Kenyan police", the head of a plain phrase).
 */
function strandedSubject(tree: ParseTree, verb: number): number[] {
  let dash = verb - 1;
  while (dash >= 0 && headOf(tree, dash) >= 0 && !DATELINE_DASH.has(wordOf(tree, dash))) dash--;
  if (dash < 0 || headOf(tree, dash) < 0 || dash + 1 >= verb) return [];
  // A subject of the verb's own after the dash is read as usual.
  const subjects = childrenWith(tree, verb, ["nsubj"]);
  if (subjects.some((c) => c > dash)) return [];
  let last = dash + 1;
  while (last + 1 < verb && PHRASE_UPOS.test(uposOf(tree, last + 1))) last++;
  const phrase = Array.from({ length: last - dash }, (_, i) => dash + 1 + i).filter((t) =>
    /^(?:NOUN|PROPN)$/.test(uposOf(tree, t)),
  );
  // "MOGADISHU, Somalia (Wire) - Government forces regained": the dateline's town took the subject slot, and
  // the phrase after the dash hangs on the verb as something else (a `reparandum`, a `dep`).
  const isDatelineSubject = subjects.length > 0 && phrase.some((t) => headOf(tree, t) === verb);
  const isStranded =
    (isDatelineSubject || phrase.some((t) => headOf(tree, t) < dash)) && PHRASE_UPOS.test(uposOf(tree, dash + 1));
  if (!isStranded || phrase.length === 0) return [];
  return [last + 1 === verb ? phrase[phrase.length - 1] : phrase[0]];
}

/**
 * The anchors of a role, less any backer ("supported by Wagner fighters"). "Troops, supported by Wagner
 * fighters, attacked a village" is misread as a passive (is-misread-passive): then the subject before the
 * verb is the side that acted, not the one hit.
 */
function sideAnchors(
  doc: Doc,
  tree: ParseTree,
  predicate: Predicate,
  role: "actor1" | "actor2",
  cue: SupportCue,
): number[] {
  const subjects = isMisreadPassive(tree, predicate.token)
    ? anchorsWith(predicate, "patient").filter((t) => t < predicate.token)
    : [];
  const anchors = anchorsWith(predicate, role === "actor1" ? "agent" : "patient").filter(
    (t) => !isSupporter(doc, tree.tokens[t], cue) && !subjects.includes(t),
  );
  return role === "actor1" ? [...subjects, ...anchors] : anchors;
}

/**
 * A verb with a passive subject and a direct object but no passive auxiliary ("troops, supported by Wagner
 * fighters, attacked a village"): an active verb the parser read as a participle. A passive takes no object,
 * and a headline's passive ("Five soldiers killed in ambush") has none.
 */
function isMisreadPassive(tree: ParseTree, verb: number): boolean {
  return (
    childrenWith(tree, verb, ["nsubj:pass"]).length > 0 &&
    childrenWith(tree, verb, ["obj"]).length > 0 &&
    childrenWith(tree, verb, ["aux:pass"]).length === 0
  );
}

/**
 * The country an event noun that is the verb's subject names: the noun itself ("Turkey's" read as the
 * subject), or the country modifying a noun of an act of force ("Israeli strikes killed 12").
 */
function eventOwnerOf(doc: Doc, tree: ParseTree, token: number, attackNouns: ReadonlySet<string>) {
  const named = countryNamedBy(doc, [tree.tokens[token]]);
  return named ?? (attackNouns.has(wordOf(tree, token)) ? countryModifierOf(doc, tree, token) : null);
}

/** Anchors of one role in text order: the first named is the main one. */
function anchorsWith(predicate: Predicate, role: Role): number[] {
  return [...predicate.anchors]
    .filter(([, r]) => r === role)
    .map(([token]) => token)
    .sort((a, b) => a - b);
}

/** "seized the town from the army": the predicate's own "from" phrases. */
function losersOf(tree: ParseTree, predicate: Predicate): number[] {
  return childrenOf(tree, predicate.token).filter(
    (c) => /^(?:obl|nmod)/.test(relationOf(tree, c)) && caseOf(tree, c) === "from" && !predicate.anchors.has(c),
  );
}

/** "clashed with militants", "fighting with the army": the predicate's own "with" phrases. */
function opponentsOf(tree: ParseTree, predicate: Predicate): number[] {
  return childrenOf(tree, predicate.token).filter(
    (c) => /^(?:obl|nmod)/.test(relationOf(tree, c)) && caseOf(tree, c) === "with" && !predicate.anchors.has(c),
  );
}

/** The "with" phrases of the trigger or its governing verb, when that is a verb of two sides fighting. */
function crowdOpponentsOf(tree: ParseTree, predicate: Predicate, verbs: ReadonlySet<string>): number[] {
  return [predicate.token, predicate.governor]
    .filter((t) => t >= 0 && verbs.has(wordOf(tree, t)))
    .flatMap((t) => opponentsOf(tree, { ...predicate, token: t }));
}

function isMutualFightWord(doc: Doc, mention: TriggerMention, verbs: ReadonlySet<string>): boolean {
  return (
    mention.eventType === "Battles" && verbs.has(doc.text.slice(mention.span.start, mention.span.end).toLowerCase())
  );
}

/** The nouns joined to the agents by "and" (either way round): the other side of a mutual fight. */
function jointSidesOf(tree: ParseTree, predicate: Predicate): number[] {
  return anchorsWith(predicate, "agent").flatMap((agent) => [
    ...(relationOf(tree, agent) === "conj" ? [headOf(tree, agent)] : []),
    ...childrenWith(tree, agent, ["conj"]),
  ]);
}

/**
 * "Residents said they were attacked": a pronoun stands for the actor noun before it in its sentence
 * (find-antecedent.ts), when no name comes nearer; else the token itself.
 */
function describedAntecedentOf(
  doc: Doc,
  tree: ParseTree,
  predicate: Predicate,
  token: number,
  lexicons: ParsedActorLexicons,
): number {
  if (uposOf(tree, token) !== "PRON") return token;
  const phrase = readReferringPhrase(doc, tree, token, lexicons.referringNouns, lexicons.actorNouns);
  const coArguments = new Set(predicate.anchors.keys());
  const described = phrase ? findDescribedAntecedent(doc, tree, phrase, lexicons, coArguments) : -1;
  return described >= 0 ? described : token;
}

// Kinds a crowd's counted noun may give it: "crowds of protesters" are protesters, not civilians.
const CROWD_MEMBER_KINDS = new Set(["protesters", "rioters"]);

/**
 * "dozens of civilians", "a group of gunmen": the counted noun is the actor, not the quantity word; and a
 * crowd of people (a civilian noun) is the protesters or rioters it counts.
 */
function nominalHead(tree: ParseTree, token: number, nouns: ActorNouns): number {
  const kind = nouns.kinds.get(wordOf(tree, token));
  const counted = childrenWith(tree, token, ["nmod"]).filter((c) => nouns.kinds.has(wordOf(tree, c)));
  if (kind === "civilians")
    return counted.find((c) => CROWD_MEMBER_KINDS.has(nouns.kinds.get(wordOf(tree, c)) ?? "")) ?? token;
  return kind ? token : (counted[0] ?? token);
}

/**
 * The actor noun that modifies a noun of no actor kind ("jihadist" of "jihadist positions", "army" of "army
 * base", "the rebels' hideout"); undefined when the noun names an actor itself or no modifier does.
 */
function ownerOf(tree: ParseTree, head: number, nouns: ActorNouns): number | undefined {
  if (nouns.kinds.has(wordOf(tree, head))) return undefined;
  return childrenWith(tree, head, ["amod", "compound", "nmod:poss"]).find((c) => nouns.kinds.has(wordOf(tree, c)));
}

/**
 * "the blast targeted a bakery", "shelled a hospital": a place where civilians gather or live, hit, stands for
 * them (lexicon/incidents/civilian-places.txt: ACLED codes an attack on such a place with actor 2 civilians).
 */
function civilianPlaceKindOf(
  tree: ParseTree,
  head: number,
  role: "actor1" | "actor2",
  lexicons: ParsedActorLexicons,
): "civilians" | undefined {
  return role === "actor2" && lexicons.civilian.place.test(wordOf(tree, head)) ? "civilians" : undefined;
}

/** "supporters of rival parties fought", "youths attacked": partisans who act with force are rioters. */
function partisanKindOf(
  tree: ParseTree,
  head: number,
  role: "actor1" | "actor2",
  partisans: ReadonlySet<string>,
): "rioters" | undefined {
  return role === "actor1" && partisans.has(wordOf(tree, head)) ? "rioters" : undefined;
}

function isDenied(tree: ParseTree, head: number): boolean {
  return childrenWith(tree, head, ["det"]).some((c) => DENYING_DETERMINERS.has(wordOf(tree, c)));
}
