// "The senator blasts the president over the budget", "Jones attacked Smith for his record": a verb of
// violence with a criticise sense (lexicon/events/criticism-verbs.txt) whose subject and object are both
// persons named, in a sentence with no weapon and no casualty, is a verbal attack (CAMEO 11, PLOVER ACCUSE).
// A country, a group or an armed actor as either side keeps the event ("Israel attacked Hamas").
import { type Doc, spansOf, spansWithin } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenOf, childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const SIDE_LABELS = new Set(["ACTOR", "COUNTRY", "NORP", "GPE"]);
const CASUALTIES = new Set(["KILLED", "INJURED"]);

export function isCriticismSense(doc: Doc, tree: ParseTree, mention: TriggerMention, verbs: RegExp): boolean {
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || !verbs.test(wordOf(tree, predicate.token))) return false;
  const { start, end } = spansOf(doc, "sentences")[mention.sentence];
  // A noun the parser gave a subject and an object is a verb the tagger misread, like a verb.
  const sides =
    verbSides(tree, predicate.token) ??
    (uposOf(tree, predicate.token) === "VERB" ? null : bareNounSides(tree, predicate.token, start, end));
  if (!sides || !sides.every((t) => isNamedPerson(doc, tree, t))) return false;
  if (spansWithin(doc, "weapons", start, end).length > 0) return false;
  return !spansWithin(doc, "numbers", start, end).some((n) => CASUALTIES.has(n.label));
}

function verbSides(tree: ParseTree, verb: number): number[] | null {
  const subject = childrenWith(tree, verb, ["nsubj"])[0];
  const object = childrenWith(tree, verb, ["obj"])[0];
  return subject === undefined || object === undefined ? null : [subject, object];
}

/**
 * The verb form the tagger read as a bare plural noun ("X blasts Y" with "blasts" NOUN): with no determiner
 * or modifier of its own, a noun cannot stand between two names with nothing to join it to either, so the
 * names just before and after it are its subject and object, whatever the parse made of them.
 */
function bareNounSides(tree: ParseTree, noun: number, start: number, end: number): number[] | null {
  if (childrenOf(tree, noun).length > 0) return null;
  const [before, after] = [noun - 1, noun + 1];
  if (before < 0 || after >= tree.tokens.length) return null;
  if (tree.tokens[before].start < start || tree.tokens[after].end > end) return null;
  return [before, after];
}

/** A name that is no country, people or armed actor the entity and place layers know. */
function isNamedPerson(doc: Doc, tree: ParseTree, token: number): boolean {
  if (uposOf(tree, token) !== "PROPN") return false;
  const span = tree.tokens[token];
  const sides = spansOf(doc, "entities").filter((e) => SIDE_LABELS.has(e.label));
  const countries = spansOf(doc, "places").filter((p) => p.label === "COUNTRY" || p.label === "ADJECTIVAL");
  return !overlapsAny(sides, span) && !overlapsAny(countries, span);
}
