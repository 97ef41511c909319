// "Cooperation in fighting organised crime", "the job he has done in fighting crime and gun violence":
// a battle verb whose object is a bare singular common noun (no determiner, no plural, no name) fights a
// thing in the mass sense (crime, corruption, inflation, fire), not a side. A side is a group or people
// ("fighting rebels", "fought the army", "fighting Boko Haram", "fighting a militia" by its actor noun).
// The event noun opening a sentence ("Fighting spread ...") is its subject, whatever the tagger says. With
// no object, a goal in its place ("battling to refinance") strives, when no armed side is its subject, and
// a fight "for" a bare mass noun ("fought for peace", "fighting for justice") is striving, not a battle.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { type ActorNouns, actorKindOf } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

export function isAbstractFight(doc: Doc, tree: ParseTree, mention: TriggerMention, nouns: ActorNouns): boolean {
  if (mention.eventType !== "Battles") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || isSentenceFirst(doc, tree, predicate.token, mention)) return false;
  const object = objectOf(tree, predicate.token);
  if (object !== undefined) return isMassNoun(doc, tree, object, nouns);
  if (isStriving(doc, tree, predicate.token, nouns)) return true;
  // "militiamen fighting for independence attacked a post": a fight that describes a noun stands for the
  // sentence's act, whose generic trigger it has covered (find-triggers.ts).
  // A relative clause ("an author who fought for peace") is no such description. The parse may also make the
  // describing fight the root and the act its complement.
  if (relationOf(tree, predicate.token) === "acl") return false;
  if (childrenWith(tree, predicate.token, ["xcomp", "ccomp"]).length > 0) return false;
  const cause = causeOf(tree, predicate.token);
  return cause !== undefined && isMassNoun(doc, tree, cause, nouns) && !hasSide(tree, predicate.token);
}

/**
 * "fought for peace and human rights", "fighting for justice": what the fight is for, when a bare mass noun,
 * is a cause pleaded, the sense of striving. "fought for control of the town" names the ground (its "of"
 * phrase), "fought for hours" a time and "fought for the government" a side: none of them is bare.
 */
function causeOf(tree: ParseTree, token: number): number | undefined {
  const cause = childrenWith(tree, token, ["obl"]).find((c) => caseOf(tree, c) === "for");
  return cause !== undefined && childrenWith(tree, cause, ["nmod"]).length === 0 ? cause : undefined;
}

/** "fought rebels for independence", "fought with the army for control": a side the fight names. */
function hasSide(tree: ParseTree, token: number): boolean {
  return childrenWith(tree, token, ["obl"]).some((c) => /^(?:with|against|between)$/.test(caseOf(tree, c) ?? ""));
}

/**
 * "The treasury is battling to refinance its debt": a fight verb with no object whose complement is a goal
 * ("to" and a verb) and whose subject is no armed side, person or named group strives for that goal. An
 * armed subject fights ("troops fought to retake the town"), and so may a name ("Boko Haram battled to hold").
 */
function isStriving(doc: Doc, tree: ParseTree, verb: number, nouns: ActorNouns): boolean {
  const isGoal = (c: number) => childrenWith(tree, c, ["mark"]).some((m) => wordOf(tree, m) === "to");
  if (!childrenWith(tree, verb, ["xcomp", "advcl"]).some(isGoal)) return false;
  const subject = childrenWith(tree, verb, ["nsubj"])[0];
  if (subject === undefined || uposOf(tree, subject) !== "NOUN" || actorKindOf(tree, subject, nouns)) return false;
  const span = tree.tokens[subject];
  return !overlapsAny(spansOf(doc, "entities"), span) && !overlapsAny(spansOf(doc, "places"), span);
}

/**
 * The verb's object. The parser's object counts whatever the tag: a gerund after "in" the tagger read as a
 * noun still takes its object as a verb does. "in fighting crime" may also come out as a noun compound,
 * whose head is then the object.
 */
function objectOf(tree: ParseTree, token: number): number | undefined {
  const object = childrenWith(tree, token, ["obj"])[0];
  if (object !== undefined || uposOf(tree, token) === "VERB") return object;
  const isGerundCompound = relationOf(tree, token) === "compound" && wordOf(tree, token).endsWith("ing");
  return isGerundCompound ? headOf(tree, token) : undefined;
}

function isMassNoun(doc: Doc, tree: ParseTree, token: number, nouns: ActorNouns): boolean {
  if (uposOf(tree, token) !== "NOUN" || wordOf(tree, token).endsWith("s")) return false;
  if (childrenWith(tree, token, ["det", "nummod", "nmod:poss"]).length > 0) return false;
  // "Fighting spread to the north": a verb the tagger took for a noun takes its own oblique.
  if (childrenWith(tree, token, ["obl"]).length > 0) return false;
  if (actorKindOf(tree, token, nouns)) return false;
  const span = tree.tokens[token];
  return !overlapsAny(spansOf(doc, "entities"), span) && !overlapsAny(spansOf(doc, "places"), span);
}

function isSentenceFirst(doc: Doc, tree: ParseTree, token: number, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return doc.text.slice(sentence.start, tree.tokens[token].start).trim() === "";
}
