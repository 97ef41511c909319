// "In Kunduz on Sunday, a bomber detonated his vest at a checkpoint": a place phrase the parse attaches to the
// trigger's predicate (or the verb its event noun hangs under) locates the event wherever it stands in the
// sentence, before the trigger too. Climbing from the place's head must meet a locative preposition
// ("in", "near") and reach the predicate without crossing into another clause ("officials in Kabul said").
import { caseOf, headOf, headTokenOf, isClausal, type ParseTree, relationOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

const LOCATIVE_CASES = new Set(["in", "near", "inside", "outside", "across", "around", "throughout", "at"]);
/** A place phrase sits a few tokens under its predicate ("in X" → date → verb); deeper is another phrase's. */
const MAX_HOPS = 4;

export function isAttachedPlace(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }) {
  let token = headTokenOf(tree, place);
  let isLocative = false;
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    isLocative ||= LOCATIVE_CASES.has(caseOf(tree, token) ?? "");
    const head = headOf(tree, token);
    if (head === predicate.token || head === predicate.governor)
      return isLocative && !isClausal(relationOf(tree, token));
    if (isClausal(relationOf(tree, token))) return false;
    token = head;
  }
  return false;
}
