// "Gunmen killed two guards in X and published a video calling Y a traitor": both names follow the trigger
// inside its clause window, but Y hangs in a clause of its own (the participle "calling"). Climbing from a
// place's head, crossing a clausal relation (acl, advcl, ccomp, …) before reaching the trigger's predicate
// puts the place in another clause. Such a place only yields to one that is the predicate's own
// (locate-event.ts): the window stays the fallback when the parse attaches nothing.
import { headOf, headTokenOf, isClausal, type ParseTree, relationOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

/** How far up a place's phrase may lie under its predicate; deeper it is lost in the parse. */
const MAX_HOPS = 8;

export function isOtherClausePlace(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }) {
  let token = headTokenOf(tree, place);
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (token === predicate.token || token === predicate.governor) return false;
    if (isClausal(relationOf(tree, token))) return true;
    token = headOf(tree, token);
  }
  return false;
}
