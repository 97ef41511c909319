// Reference resolution for event arguments (issue 18). A report names an actor once and then says "it",
// "they", "the group", "the militants": ACLED codes the named actor. An agent or patient that points back
// (read-referring-phrase.ts) stands for the nearest earlier actor name that agrees with it, searched from
// its own sentence back: a person for "he"/"she" (a leader stands for the forces he commands, a named
// commander for his group), one organisation or state for "it", a group or two joined sides for "they",
// an armed group for "the militants", a state force for "the army". Within a sentence a subject
// antecedent comes first, then the latest; a name inside a direct quote does not stand for a pronoun
// outside it. No agreeing name, no actor: a guess is worse than the generic actor the caller falls back
// to. The actor's evidence cites the referring words and the name (and the group of a commander).
import { type ActorValue, type Doc, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import { type ActorRoles, actorValue } from "./assign-actors.js";
import { findCommandedGroup, isArmedGroup } from "./find-commanded-group.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, headTokenOf, type ParseTree, readParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";
import {
  type ReferenceKind,
  type ReferringNouns,
  type ReferringPhrase,
  readReferringPhrase,
} from "./read-referring-phrase.js";
import { isPerson, leaderForces } from "./resolve-leader-actor.js";
import type { EventsSettings } from "./settings.js";

export type ReferenceLexicons = { referringNouns: ReferringNouns; actorNouns: ActorNouns };
type Entity = LayerSpan<"entities">;

// Plurals without an "-s": "people said they", "police said they".
const PLURAL_WORDS = new Set(["people", "police", "personnel", "staff"]);

// "the army and the rebels", "Hamas and Islamic Jihad": two names one "they" can stand for together.
const JOINING = /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/i;

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
  const names = phrase.kind === "plural" ? withJoined(doc, antecedent, phrase.kind) : [antecedent];
  const fields: Field<ActorValue>[] = [];
  for (const name of names) {
    const acted = codedValueOf(doc, tree, name, isForce);
    if (acted) fields.push({ value: acted.value, evidence: [phrase.span, name, ...acted.also], stated: false });
  }
  return fields;
}

/** The nearest earlier name that agrees, from the phrase's sentence back: a subject first, then the latest. */
function findAntecedent(
  doc: Doc,
  tree: ParseTree,
  phrase: ReferringPhrase,
  lexicons: ReferenceLexicons,
  settings: EventsSettings,
): Entity | null {
  const sentences = spansOf(doc, "sentences");
  const here = sentences.findIndex((s) => s.start <= phrase.span.start && phrase.span.start < s.end);
  const quotes = spansOf(doc, "quotes").filter((q) => q.data?.kind === "direct");
  const isQuotedElsewhere = (e: Span) =>
    quotes.some(
      (q) => q.start <= e.start && e.end <= q.end && !(q.start <= phrase.span.start && phrase.span.end <= q.end),
    );
  const entities = spansOf(doc, "entities");
  // "Residents said they were attacked": a nearer actor described, not named, that agrees is what the
  // pronoun stands for: no name before it may be taken instead.
  const blocker = isPronoun(phrase.kind) ? lastDescribedActor(doc, tree, sentences[here], phrase, lexicons) : null;
  for (let s = here; s >= 0 && s >= here - settings.referenceAntecedentSentences; s--) {
    if (blocker !== null && s < here) return null;
    const agreeing = entities.filter(
      (e) =>
        e.start >= (blocker ?? sentences[s].start) &&
        e.end <= phrase.span.start &&
        e.end <= sentences[s].end &&
        !isQuotedElsewhere(e) &&
        agrees(doc, tree, e, phrase.kind),
    );
    const subject = agreeing.find((e) => isSubject(tree, e));
    if (subject || agreeing.length > 0) return subject ?? agreeing[agreeing.length - 1];
  }
  return null;
}

function isPronoun(kind: ReferenceKind): boolean {
  return kind === "person" || kind === "singular" || kind === "plural";
}

/**
 * The offset of the last noun before the pronoun in its sentence that describes an actor (actor-nouns.tsv,
 * referring-nouns.tsv) and agrees in number ("residents" for "they", "the commander" for "he"), or null.
 * Number is read from the word's ending: UD's tags carry no number, and "-s" / "-men" is English's plural.
 */
function lastDescribedActor(
  doc: Doc,
  tree: ParseTree,
  sentence: Span,
  phrase: ReferringPhrase,
  lexicons: ReferenceLexicons,
): number | null {
  const entities = spansOf(doc, "entities");
  let found: number | null = null;
  tree.tokens.forEach((token, i) => {
    if (token.start < sentence.start || token.end > phrase.span.start || uposOf(tree, i) !== "NOUN") return;
    const word = wordOf(tree, i);
    if (!lexicons.actorNouns.kinds.has(word) && !lexicons.referringNouns.has(word)) return;
    if (entities.some((e) => e.start <= token.start && token.end <= e.end)) return;
    const isPlural = PLURAL_WORDS.has(word) || word.endsWith("men") || (word.endsWith("s") && !word.endsWith("ss"));
    if (isPlural === (phrase.kind === "plural")) found = token.start;
  });
  return found;
}

/** Whether a name can be what a phrase of this kind stands for. */
function agrees(doc: Doc, tree: ParseTree, e: Entity, kind: ReferenceKind): boolean {
  const inter = Number(e.data?.inter) || 0;
  const isGroup = isArmedGroup(e);
  const isActor = e.label === "ACTOR" && !isPerson(e);
  switch (kind) {
    case "person":
      return isPerson(e);
    case "singular":
      // "Russia said it carried out strikes": a state only as a subject ("in Syria ... it" is no reference).
      return (isActor && !isPluralName(doc, e)) || isGroup || (e.label === "COUNTRY" && isSubject(tree, e));
    case "plural":
      return isActor || isGroup;
    case "organisation":
      return isGroup || (isActor && inter >= 2 && inter <= 4);
    case "armed group":
      return isGroup;
    case "military":
      return isActor && inter === 1;
  }
}

/** "the Houthis", "the Popular Resistance Brigades": a name whose last word is a plural takes "they". */
function isPluralName(doc: Doc, e: Span): boolean {
  const last = doc.text.slice(e.start, e.end).split(/\s+/).pop() ?? "";
  return last.length > 3 && last.endsWith("s") && !last.endsWith("ss");
}

function isSubject(tree: ParseTree, e: Span): boolean {
  const head = headTokenOf(tree, e);
  return head >= 0 && relationOf(tree, head).startsWith("nsubj");
}

/** The name and, for "they", a second agreeing name joined to it by "and" ("the army and the rebels"). */
function withJoined(doc: Doc, antecedent: Entity, kind: ReferenceKind): Entity[] {
  const tree = readParseTree(doc);
  const entities = spansOf(doc, "entities").filter((e) => e !== antecedent && agrees(doc, tree, e, kind));
  const before = entities.find(
    (e) => e.end <= antecedent.start && JOINING.test(doc.text.slice(e.end, antecedent.start)),
  );
  if (before) return [before, antecedent];
  const after = entities.find(
    (e) => e.start >= antecedent.end && JOINING.test(doc.text.slice(antecedent.end, e.start)),
  );
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
