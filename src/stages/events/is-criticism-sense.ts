// "The senator blasts the president over the budget", "Jones attacked Smith for his record": a verb of
// violence with a criticise sense (lexicon/events/criticism-verbs.txt) whose subject and object are both
// persons named, in a sentence with no weapon and no casualty, is a verbal attack (CAMEO 11, PLOVER ACCUSE).
// A country, a group or an armed actor as either side keeps the event ("Israel attacked Hamas").
import { type Doc, spansOf, spansWithin } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const SIDE_LABELS = new Set(["ACTOR", "COUNTRY", "NORP", "GPE"]);
const CASUALTIES = new Set(["KILLED", "INJURED"]);

export function isCriticismSense(doc: Doc, tree: ParseTree, mention: TriggerMention, verbs: RegExp): boolean {
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  if (!verbs.test(wordOf(tree, predicate.token))) return false;
  const subject = childrenWith(tree, predicate.token, ["nsubj"])[0];
  const object = childrenWith(tree, predicate.token, ["obj"])[0];
  if (subject === undefined || object === undefined) return false;
  if (![subject, object].every((t) => isNamedPerson(doc, tree, t))) return false;
  const { start, end } = spansOf(doc, "sentences")[mention.sentence];
  if (spansWithin(doc, "weapons", start, end).length > 0) return false;
  return !spansWithin(doc, "numbers", start, end).some((n) => CASUALTIES.has(n.label));
}

/** A name that is no country, people or armed actor the entity and place layers know. */
function isNamedPerson(doc: Doc, tree: ParseTree, token: number): boolean {
  if (uposOf(tree, token) !== "PROPN") return false;
  const span = tree.tokens[token];
  const sides = spansOf(doc, "entities").filter((e) => SIDE_LABELS.has(e.label));
  const countries = spansOf(doc, "places").filter((p) => p.label === "COUNTRY" || p.label === "ADJECTIVAL");
  return !overlapsAny(sides, span) && !overlapsAny(countries, span);
}
