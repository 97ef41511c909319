// "China lodged a protest with Japan", "the ministry cancelled the visit in protest", "Beijing protested to
// London": a state's protest is a diplomatic complaint, not a demonstration. ACLED's protests are public
// gatherings of people (ACLED Codebook 2023, "Protests"); a government's note of protest gathers no one. Read
// from the parse: the protest's party (the subject of "protested", or of the verb the noun "protest" hangs on:
// "raised protests", "in protest") is a country's name, or the protest is addressed "to" or "with" a country
// or a place (a capital standing for its government). A crowd in the subject ("thousands protested") is
// never a country's name, so real demonstrations keep their event.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { verbOfNoun } from "./is-quiet-prospect.js";
import { caseOf, childrenWith, headTokenOf, type ParseTree, uposOf } from "./parse-tree.js";

// Entity labels of a state: a country's name, or a place standing for its government.
const STATE_LABELS = new Set(["COUNTRY"]);
const ADDRESSEE_LABELS = new Set(["COUNTRY", "LOC"]);

export function isStateComplaint(doc: Doc, tree: ParseTree, mention: TriggerMention): boolean {
  if (mention.eventType !== "Protests") return false;
  const trigger = headTokenOf(tree, mention.span);
  const verb = trigger < 0 ? -1 : uposOf(tree, trigger) === "VERB" ? trigger : verbOfNoun(tree, trigger);
  if (verb < 0) return false;
  const entities = spansOf(doc, "entities");
  const isLabelled = (token: number, labels: ReadonlySet<string>) =>
    overlapsAny(
      entities.filter((e) => labels.has(e.label)),
      tree.tokens[token],
    );
  const subjects = childrenWith(tree, verb, ["nsubj"]);
  if (subjects.some((s) => uposOf(tree, s) === "PROPN" && isLabelled(s, STATE_LABELS))) return true;
  const addressees = [verb, trigger]
    .flatMap((t) => childrenWith(tree, t, ["obl", "nmod"]))
    .filter((t) => /^(?:to|with)$/i.test(caseOf(tree, t) ?? ""));
  return addressees.some((a) => uposOf(tree, a) === "PROPN" && isLabelled(a, ADDRESSEE_LABELS));
}
