// "Islamic State claimed responsibility for the attack", "the group, which took credit for the bombing":
// who claims an attack. Read from the parse: a noun for what is claimed ("responsibility", "credit") is the
// object of a claiming verb (lexicon/actors/responsibility-claims.tsv), what it is claimed for is an attack
// (a word of the trigger lexicon, after "for"), and the verb's subject is the claimant. A denied claim ("No
// group has claimed responsibility", "the army did not claim") names no one.
import { type ActorValue, type Doc, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import { findBoundedMatches } from "../../text/find-bounded-matches.js";
import { actorKindOf } from "./actor-nouns.js";
import { actorValue } from "./assign-actors.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { ActorCountries } from "./find-parsed-actor.js";
import { nameGenericActor } from "./name-generic-actor.js";
import {
  caseOf,
  childrenOf,
  childrenWith,
  headOf,
  type ParseTree,
  readParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import type { ResponsibilityClaims } from "./responsibility-claims.js";

/** A claim of an attack: where its claimed noun is, the claimant's head token, and whether it is denied. */
export type ResponsibilityClaim = {
  at: number;
  claimant: number;
  isDenied: boolean;
  /** A verb of denial ("denied involvement"): the claimant is said not to have done it. */
  isDenial?: boolean;
  /** A third party's word ("police blamed X for the attack"): it names actor 1 only when nobody disputes it. */
  isAttribution?: boolean;
  /** The words naming the attack claimed ("the bombings" of "responsibility for the bombings"), if any. */
  attack?: { start: number; end: number };
};

// "No group", "nobody", "did not claim", "has never claimed": a claim denied.
const DENYING = new Set(["no", "not", "n't", "never", "nobody", "none", "neither"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "that"]);
// Relations a misparse gives a subject it did not see as one ("State" of "Islamic State claimed").
const STRAY_SUBJECT_RELATIONS = new Set(["compound", "dep", "obl:unmarked"]);
// A group the entities stage does not list that claims an attack is an organised armed group: ACLED's
// rebel-group code, the default lexicon/actors/phoenix-milnonstate.tsv gives non-state armed groups.
const UNLISTED_CLAIMANT_INTER = 2;
const MISREAD_PREDICATE_RELATIONS = new Set(["parataxis", "conj"]);
// Relations of a name to the generic noun it stands beside ("the al Shabaab group", "the group Boko Haram").
const NAME_BESIDE_HEAD = ["compound", "flat", "appos"];
// The claimed thing's relation to the verb: the object, or the subject of a passive ("was claimed").
const CLAIMED_ROLES = new Set(["obj", "nsubj:pass"]);

/** Sentences that may claim an attack: the syntax stage parses them although they report no incident. */
export function findClaimSentences(doc: Doc, claims: ResponsibilityClaims): number[] {
  return spansOf(doc, "sentences").flatMap((s, i) => (claims.phrase.test(doc.text.slice(s.start, s.end)) ? [i] : []));
}

/** Every claim of an attack the parse shows, in text order. */
export function findResponsibilityClaims(doc: Doc, lexicons: EventLexicons): ResponsibilityClaim[] {
  const tree = readParseTree(doc);
  const found: ResponsibilityClaim[] = [];
  tree.tokens.forEach((_, noun) => {
    if (!CLAIMED_ROLES.has(relationOf(tree, noun))) return;
    const verb = headOf(tree, noun);
    if (verb < 0 || !(isClaimOf(tree, noun, verb, lexicons) || isClaimedAttack(tree, noun, verb, lexicons))) return;
    const claimant = claimantOf(tree, verb);
    if (claimant < 0) return;
    const isDeniedClaim = isDenied(tree, verb) || isDenied(tree, claimant);
    const attack = claimedAttackOf(tree, noun, verb, lexicons);
    found.push({ at: tree.tokens[noun].start, claimant, isDenied: isDeniedClaim, ...(attack ? { attack } : {}) });
  });
  return found;
}

/** The claimant as an actor: a listed actor, a described one ("militants"), or an unlisted group's name. */
export function readClaimant(
  doc: Doc,
  claim: ResponsibilityClaim,
  countries: ActorCountries,
  lexicons: EventLexicons,
): Field<ActorValue> | null {
  const tree = readParseTree(doc);
  const { start, end } = tree.tokens[claim.claimant];
  const entity = groupNameOf(doc, tree, groupOfPart(tree, claim.claimant, lexicons) ?? claim.claimant);
  if (entity?.label === "ACTOR") return { value: actorValue(entity), evidence: [entity], stated: true };
  const kind = actorKindOf(tree, claim.claimant, lexicons.actorNouns);
  // A name ("the Provisional Northern Army") before the noun it ends in: the group, not a generic army.
  if (!entity && kind && kind !== "civilians") {
    const span: Span = { start, end, label: "ACTOR", by: "events/claimed-responsibility" };
    const value = nameGenericActor(lexicons.genericActors, kind, countries.place ?? countries.report);
    return { value, evidence: [span], stated: true };
  }
  const name = entity ?? unlistedGroupName(tree, claim.claimant);
  if (!name) return null;
  const value = { name: doc.text.slice(name.start, name.end), inter: UNLISTED_CLAIMANT_INTER };
  return { value, evidence: [name], stated: true };
}

/**
 * "claimed responsibility for the bombing": the "for" phrase, under the noun or the verb, names an attack;
 * "claimed responsibility." with none refers to the attack reported before it.
 */
function isClaimOf(tree: ParseTree, noun: number, verb: number, lexicons: EventLexicons): boolean {
  const { verbs, nouns } = lexicons.responsibilityClaims;
  if (!nouns.has(wordOf(tree, noun)) || !verbs.has(wordOf(tree, verb))) return false;
  const claimed = [noun, verb].flatMap((h) =>
    childrenWith(tree, h, ["nmod", "obl"]).filter((c) => caseOf(tree, c) === "for"),
  );
  return claimed.length === 0 || claimed.some((c) => isAttackWord(tree, c, lexicons));
}

/** "Al-Shabaab claimed the attack": the attack itself is what is claimed. */
function isClaimedAttack(tree: ParseTree, noun: number, verb: number, lexicons: EventLexicons): boolean {
  return (
    relationOf(tree, noun) === "obj" &&
    lexicons.responsibilityClaims.verbsOfAttack.has(wordOf(tree, verb)) &&
    isAttackWord(tree, noun, lexicons)
  );
}

/** The attack word a claim names: its object ("claimed the attack") or its "for" phrase. */
function claimedAttackOf(tree: ParseTree, noun: number, verb: number, lexicons: EventLexicons) {
  if (isClaimedAttack(tree, noun, verb, lexicons)) return tree.tokens[noun];
  const claimed = [noun, verb].flatMap((h) =>
    childrenWith(tree, h, ["nmod", "obl"]).filter((c) => caseOf(tree, c) === "for" && isAttackWord(tree, c, lexicons)),
  );
  return claimed.length > 0 ? tree.tokens[claimed[0]] : null;
}

export function isAttackWord(tree: ParseTree, token: number, lexicons: EventLexicons): boolean {
  return lexicons.triggers.some((t) => findBoundedMatches(wordOf(tree, token), t.pattern).length > 0);
}

/** The subject; "X, which claimed": X; "was claimed by X": X. */
export function claimantOf(tree: ParseTree, verb: number): number {
  const subject = childrenWith(tree, verb, ["nsubj"]).find((c) => relationOf(tree, c) === "nsubj");
  if (subject !== undefined)
    return RELATIVE_PRONOUNS.has(wordOf(tree, subject)) ? antecedentOf(tree, subject) : subject;
  return childrenWith(tree, verb, ["obl"]).find((c) => caseOf(tree, c) === "by") ?? straySubjectOf(tree, verb);
}

/**
 * "Islamic State claimed responsibility" parsed with "Islamic" as the root and "State" as a compound of the
 * verb: a claiming verb with neither subject nor "by" phrase takes the last bare noun the parse hung on it
 * before it (as read-predicate.ts does for a trigger's stray subject).
 */
function straySubjectOf(tree: ParseTree, verb: number): number {
  const stray = childrenOf(tree, verb).filter(
    (c) =>
      c < verb &&
      STRAY_SUBJECT_RELATIONS.has(relationOf(tree, c)) &&
      /^(?:NOUN|PROPN)$/.test(uposOf(tree, c)) &&
      caseOf(tree, c) === null,
  );
  return stray.at(-1) ?? hostOfParataxis(tree, verb);
}

/** "Al Shabaab, the al Qaeda-linked group, claimed ...": the parse roots the name and hangs the verb beside it
 * (a verb conjoined to a name, or set beside it, is its predicate misread). */
function hostOfParataxis(tree: ParseTree, verb: number): number {
  const host = headOf(tree, verb);
  const isNamedHost = host >= 0 && host < verb && /^(?:NOUN|PROPN)$/.test(uposOf(tree, host));
  return MISREAD_PREDICATE_RELATIONS.has(relationOf(tree, verb)) && isNamedHost ? host : -1;
}

/**
 * The noun right before a relative pronoun, past its comma. Read by position rather than by the parse,
 * which often hangs a clause between commas ("The Front, which claimed ..., said") on the main verb.
 */
function antecedentOf(tree: ParseTree, pronoun: number): number {
  let i = pronoun - 1;
  while (i >= 0 && uposOf(tree, i) === "PUNCT") i--;
  return i >= 0 && /^(?:NOUN|PROPN)$/.test(uposOf(tree, i)) ? i : -1;
}

function isDenied(tree: ParseTree, token: number): boolean {
  if (DENYING.has(wordOf(tree, token))) return true;
  return childrenWith(tree, token, ["det", "advmod"]).some((c) => DENYING.has(wordOf(tree, c)));
}

/** "The Islamic State's local affiliate", "a branch of al-Qaeda": the group a part of a group belongs to. */
function groupOfPart(tree: ParseTree, head: number, lexicons: EventLexicons): number | undefined {
  if (!lexicons.responsibilityClaims.groupParts.has(wordOf(tree, head))) return undefined;
  return childrenWith(tree, head, ["nmod"]).find(
    (c) => relationOf(tree, c) === "nmod:poss" || caseOf(tree, c) === "of",
  );
}

/**
 * The group's name in the claimant's phrase: the head word's own, else one before it or beside it ("the al
 * Shabaab group", "the militant group Hayat Tahrir al-Sham"), whose head is the generic noun.
 */
function groupNameOf(doc: Doc, tree: ParseTree, head: number): LayerSpan<"entities"> | undefined {
  const names = spansOf(doc, "entities").filter(isGroupName);
  const words = [head, ...childrenWith(tree, head, NAME_BESIDE_HEAD)];
  for (const word of words) {
    const { start, end } = tree.tokens[word];
    const name = names.find((e) => e.start <= start && end <= e.end);
    if (name) return name;
  }
  return undefined;
}

function isGroupName(entity: LayerSpan<"entities">): boolean {
  return entity.label === "ACTOR" || entity.label === "ORG";
}

/** A proper name the entities stage left out ("the Provisional Front"): its words, from the parse. */
function unlistedGroupName(tree: ParseTree, head: number): Span | null {
  if (uposOf(tree, head) !== "PROPN") return null;
  const isNamePart = (i: number) => headOf(tree, i) === head && /^(?:compound|flat|amod)/.test(relationOf(tree, i));
  let [first, last] = [head, head];
  while (first > 0 && isNamePart(first - 1)) first--;
  while (last + 1 < tree.tokens.length && isNamePart(last + 1)) last++;
  const [start, end] = [tree.tokens[first].start, tree.tokens[last].end];
  return { start, end, label: "ACTOR", by: "events/claimed-responsibility" };
}
