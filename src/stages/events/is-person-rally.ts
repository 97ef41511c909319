// "Woods rallied with three birdies to finish second", "she rallied after losing the first set": "rally" with
// no object and one person as its subject is a comeback, not a demonstration: ACLED's demonstrations are a
// group's, never one person's (ACLED Codebook 2023, "Protests"). A crowd, a party or supporters who rally
// stay a protest, and so does a person who rallies others ("rallied supporters outside the court"). A name
// is read as one person unless it is a named side, a people or a place (a plural name is a group).
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const RALLY_VERB = /^rall(?:y|ies|ied|ying)$/i;
// One person's pronouns, closed class of English grammar.
const ONE_PERSON_PRONOUNS = new Set(["he", "she", "i"]);
// Entity labels that name a group or a place rather than a person.
const SIDE_LABELS = new Set(["ACTOR", "COUNTRY", "NORP", "GPE", "LOC"]);

export function isPersonRally(doc: Doc, tree: ParseTree, mention: TriggerMention): boolean {
  if (mention.eventType !== "Protests") return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  if (!RALLY_VERB.test(wordOf(tree, predicate.token))) return false;
  if (childrenWith(tree, predicate.token, ["obj"]).length > 0) return false;
  const subject = childrenWith(tree, predicate.token, ["nsubj"])[0];
  if (subject === undefined) return false;
  if (uposOf(tree, subject) === "PRON") return ONE_PERSON_PRONOUNS.has(wordOf(tree, subject));
  if (uposOf(tree, subject) !== "PROPN" || /s$/i.test(wordOf(tree, subject))) return false;
  // The recogniser may call a person an organisation; a named armed or political side, a people or a place
  // is the group that rallies.
  const sides = spansOf(doc, "entities").filter((e) => SIDE_LABELS.has(e.label));
  const span = tree.tokens[subject];
  return !overlapsAny(sides, span) && !overlapsAny(spansOf(doc, "places"), span);
}
