// "the IRA's Belfast brigade detonated", "Turkey's air force struck": a name that owns or modifies the
// head noun of the agent phrase acts through it. The head noun ("brigade", "force") is the phrase's head
// word, so it is evidence of actor 1 beside the name (assign-actors.ts asks only for the agent: a
// patient's head, "Turkey's army posts", is a place hit more than the side attacked).
import type { Span } from "../../doc.js";
import { headOf, headTokenOf, isNominal, type ParseTree, relationOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

// Relations by which a name hangs on the noun it owns or modifies.
const OWNER_RELATIONS = new Set(["nmod:poss", "compound", "amod"]);

/** The head noun of the argument phrase a name owns or modifies, when that noun is the anchor; else null. */
export function findOwnedHead(tree: ParseTree, predicate: Predicate | null, name: Span): Span | null {
  const token = headTokenOf(tree, name);
  if (!predicate || token < 0 || !OWNER_RELATIONS.has(relationOf(tree, token))) return null;
  const head = headOf(tree, token);
  if (head < 0 || !predicate.anchors.has(head) || !isNominal(tree, head)) return null;
  const { start, end } = tree.tokens[head];
  return { start, end, label: "ACTOR", by: "events/owned-head" };
}
