// "Gunmen killed two guards in X and published a video calling Y a traitor": both names follow the trigger
// inside its clause window, but Y hangs in a clause of its own (the participle "calling"). Climbing from a
// place's head, crossing a clausal relation (acl, advcl, ccomp, …) before reaching the trigger's predicate
// puts the place in another clause. Such a place only yields to one that is the predicate's own
// (locate-event.ts): the window stays the fallback when the parse attaches nothing. But a clause set against
// the trigger's by "while" or "whereas", with a subject of its own ("…, while debris damaged a line in Y"),
// tells another happening with its own place: that place is no fallback for the trigger's (isOtherEventPlace).
// Only these contrasting conjunctions: a relative clause ("the attack, which hit Y") or one of time or cause
// ("after militants stormed Y") tells of the same scene as often as not (RAMS place F1 fell 0.107 -> 0.102
// on tune when every clause with a subject was cut off).
import { childrenWith, headOf, headTokenOf, isClausal, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

/** How far up a place's phrase may lie under its predicate; deeper it is lost in the parse. */
const MAX_HOPS = 8;
/** Relations that give a clause a subject of its own. */
const SUBJECTS = ["nsubj", "csubj", "expl"];
/** Conjunctions that set a clause against another (closed-class grammar words, not a domain list). */
const CONTRAST_MARKS = new Set(["while", "whereas"]);

export function isOtherClausePlace(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }) {
  return otherClauseOf(tree, predicate, place) >= 0;
}

/** The place lies in a contrasting clause with its own subject: "shot down 20 drones, while debris hit Y". */
export function isOtherEventPlace(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }) {
  const clause = otherClauseOf(tree, predicate, place);
  if (clause < 0 || relationOf(tree, clause) !== "advcl" || childrenWith(tree, clause, SUBJECTS).length === 0)
    return false;
  return childrenWith(tree, clause, ["mark"]).some((m) => CONTRAST_MARKS.has(wordOf(tree, m).toLowerCase()));
}

/** The head of the first clause crossed climbing from the place to the predicate, or -1. */
function otherClauseOf(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }): number {
  let token = headTokenOf(tree, place);
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (token === predicate.token || token === predicate.governor) return -1;
    if (isClausal(relationOf(tree, token))) return token;
    token = headOf(tree, token);
  }
  return -1;
}
