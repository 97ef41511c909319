// "protesters demanding the resignation of President Kabila", "calling for Imran Khan's release", "police,
// who arrested the opposition leader, fired tear gas": a person named in the object of another verb is what
// that act is about, not a side of the trigger's. The word-window rules of assign-actors.ts would otherwise
// take a leader there for the forces he commands. Only persons and leaders: a parse that hangs an armed
// group in another clause is too often wrong about news sentences to veto it.
import type { Span } from "../../doc.js";
import { headOf, headTokenOf, type ParseTree, relationOf, uposOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

// Relations inside a noun phrase: "the resignation of X", "X's release", "the leader, X".
const PHRASE_RELATIONS = new Set(["nmod", "nmod:poss", "appos", "flat", "compound", "conj"]);
// How a noun phrase is the thing a verb acts on.
const OBJECT_RELATIONS = new Set(["obj", "iobj"]);
/** Deeper than any noun phrase a news parse yields; a guard against a malformed head chain. */
const MAX_HOPS = 8;

/** Whether the span's phrase is the object of a verb other than the trigger's own (or its governor's). */
export function isOtherActTheme(tree: ParseTree, predicate: Predicate | null, span: Span): boolean {
  let token = headTokenOf(tree, span);
  for (let hops = 0; token >= 0 && hops < MAX_HOPS && PHRASE_RELATIONS.has(relationOf(tree, token)); hops++)
    token = headOf(tree, token);
  if (token < 0 || !OBJECT_RELATIONS.has(relationOf(tree, token))) return false;
  const verb = headOf(tree, token);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  return !predicate || (verb !== predicate.token && verb !== predicate.governor);
}
