// Reference resolution for event arguments (issue 18). A report names an actor once and then says "it",
// "they", "the group", "the militants": ACLED codes the named actor. An agent or patient that points back
// (read-referring-phrase.ts) stands for the nearest earlier actor name that agrees with it
// (find-antecedent.ts): a person for "he"/"she" (a leader stands for the forces he commands, a named
// commander for his group, find-commanded-group.ts), one organisation or state for "it", a group or two
// joined sides for "they", an armed group for "the militants", a state's military for "the army". No
// agreeing name, no actor: a guess is worse than the generic actor the caller falls back to. The actor's
// evidence cites the referring words and the name (and the group of a commander).
import { type ActorValue, type Doc, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import { speakerCountryOf } from "./actor-nouns.js";
import { type ActorRoles, actorValue } from "./assign-actors.js";
import { agrees, findAntecedent, type ReferenceLexicons } from "./find-antecedent.js";
import { findCommandedGroup } from "./find-commanded-group.js";
import type { TriggerMention } from "./find-triggers.js";
import { withArticle } from "./name-generic-actor.js";
import { childrenWith, type ParseTree, readParseTree } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";
import { type ReferenceKind, type ReferringPhrase, readReferringPhrase } from "./read-referring-phrase.js";
import { isPerson, leaderForces } from "./resolve-leader-actor.js";
import type { EventsSettings } from "./settings.js";

type Entity = LayerSpan<"entities">;

// "the army and the rebels", "Hamas and Islamic Jihad": two names one "they" can stand for together.
const JOINING_WORDS = new Set(["and", "&"]);
/** Longer than ", and the " with spare blanks: what lies between two joined names. */
const JOINING_MAX_CHARS = 12;

/**
 * Each role the incident's sentences name no actor for takes the actors its first argument that points
 * back stands for; never one the other role has ("they attacked the Northern Brigades" is not them).
 */
export function fillReferredActors(
  doc: Doc,
  mentions: readonly TriggerMention[],
  roles: ActorRoles,
  lexicons: ReferenceLexicons,
  settings: EventsSettings,
): void {
  for (const role of ["actor1", "actor2"] as const) {
    if (roles[role].length > 0) continue;
    const taken = new Set(roles[role === "actor1" ? "actor2" : "actor1"].map((f) => f.value.name));
    for (const mention of mentions) {
      const found = resolveActorReference(doc, mention, role, lexicons, settings).filter(
        (f) => !taken.has(f.value.name),
      );
      if (found.length === 0) continue;
      roles[role].push(...found);
      for (const f of found) roles.origins.set(f, mention);
      break;
    }
  }
}

/** The actors an argument of this role that points back stands for, with its evidence; [] when none. */
export function resolveActorReference(
  doc: Doc,
  mention: TriggerMention,
  role: "actor1" | "actor2",
  lexicons: ReferenceLexicons,
  settings: EventsSettings,
): Field<ActorValue>[] {
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return [];
  const wanted = role === "actor1" ? "agent" : "patient";
  const anchors = [...predicate.anchors].filter(([, r]) => r === wanted).map(([t]) => t);
  // "On Monday it attacked a post": the parser reads a subject "it" after a fronted phrase as an
  // expletive; a verb with no agent of its own takes it.
  if (role === "actor1" && anchors.length === 0) anchors.push(...childrenWith(tree, predicate.token, ["expl"]));
  const isForce = role === "actor1" && mention.disorderType === "Political violence";
  for (const token of anchors.sort((a, b) => a - b)) {
    if (isNamed(doc, tree.tokens[token])) continue;
    const phrase = readReferringPhrase(doc, tree, token, lexicons.referringNouns, lexicons.actorNouns);
    const speaker = phrase && isPronounKind(phrase.kind) ? speakerForces(doc, tree, token, phrase) : null;
    if (speaker) return [speaker];
    const resolved = phrase ? resolvePhrase(doc, tree, phrase, lexicons, settings, isForce) : [];
    if (resolved.length > 0) return resolved;
  }
  return [];
}

function resolvePhrase(
  doc: Doc,
  tree: ParseTree,
  phrase: ReferringPhrase,
  lexicons: ReferenceLexicons,
  settings: EventsSettings,
  isForce: boolean,
): Field<ActorValue>[] {
  const antecedent = findAntecedent(doc, tree, phrase, lexicons, settings);
  if (!antecedent) return [];
  const names = phrase.kind === "plural" ? withJoined(doc, antecedent.name, phrase.kind) : [antecedent.name];
  const fields: Field<ActorValue>[] = [];
  for (const name of names) {
    const acted = codedValueOf(doc, tree, name, isForce);
    const evidence = [phrase.span, ...antecedent.via, name, ...(acted?.also ?? [])];
    if (acted) fields.push({ value: acted.value, evidence, stated: false });
  }
  return fields;
}

/**
 * "Russia's defence ministry said it had captured the village": "it" or "its forces" in a clause a state body
 * reports stands for that body, whose state's forces act, not for a state named earlier in the report.
 */
function speakerForces(doc: Doc, tree: ParseTree, token: number, phrase: ReferringPhrase): Field<ActorValue> | null {
  const country = speakerCountryOf(doc, tree, token);
  if (!country) return null;
  const value = { name: `Military Forces of ${withArticle(country.name)}`, inter: 1, country: country.iso3 };
  return { value, evidence: [phrase.span, country.evidence], stated: false };
}

/** "it", "they", "its forces": the phrases a speaker may be; a description ("the group") names its kind. */
function isPronounKind(kind: ReferenceKind): boolean {
  return kind === "singular" || kind === "plural";
}

/** The name and, for "they", a second agreeing name joined to it by "and" ("the army and the rebels"). */
function withJoined(doc: Doc, antecedent: Entity, kind: ReferenceKind): Entity[] {
  const tree = readParseTree(doc);
  const entities = spansOf(doc, "entities").filter((e) => e !== antecedent && agrees(doc, tree, e, kind));
  const before = entities.find((e) => e.end <= antecedent.start && isJoining(doc.text.slice(e.end, antecedent.start)));
  if (before) return [before, antecedent];
  const after = entities.find((e) => e.start >= antecedent.end && isJoining(doc.text.slice(antecedent.end, e.start)));
  return after ? [antecedent, after] : [antecedent];
}

/** What ACLED codes for the name: a leader's forces, a commander's group, a group or state as it is. */
function codedValueOf(
  doc: Doc,
  tree: ParseTree,
  e: Entity,
  isForce: boolean,
): { value: ActorValue; also: Span[] } | null {
  if (isPerson(e)) {
    const forces = leaderForces(doc, e);
    if (forces) return { value: forces, also: [] };
    const group = findCommandedGroup(doc, tree, e);
    return group
      ? { value: codedValueOf(doc, tree, group, isForce)?.value ?? groupValue(doc, group), also: [group] }
      : null;
  }
  if (e.label === "ORG") return { value: groupValue(doc, e), also: [] };
  return { value: actorValue(e, isForce), also: [] };
}

/** An organisation the actor lists do not know, headed like an armed group: ACLED's rebel-group code. */
function groupValue(doc: Doc, e: Span): ActorValue {
  return { name: doc.text.slice(e.start, e.end), inter: 2 };
}

/** An argument inside a name the entities layer found names its actor itself. */
function isNamed(doc: Doc, token: Span): boolean {
  return spansOf(doc, "entities").some((e) => e.start <= token.start && token.end <= e.end);
}

/** " and ", ", and the ": only a joining word, with a comma before it and "the" after it at most. */
function isJoining(between: string): boolean {
  if (between.length > JOINING_MAX_CHARS) return false;
  const words = between.replace(",", " ").trim().toLowerCase().split(/\s+/);
  return JOINING_WORDS.has(words[0]) && (words.length === 1 || (words.length === 2 && words[1] === "the"));
}
