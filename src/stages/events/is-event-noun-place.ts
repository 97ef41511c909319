// "the Kabul bombing", "the Kabul airport attack": a place named as a modifier inside the event noun's own
// phrase says where that event was, as "in Kabul" would. The parse hangs the name on the event noun as a
// compound, directly or through a site noun that itself modifies it ("Kabul" → "airport" → "attack").
import { headOf, headTokenOf, isNominal, type ParseTree, relationOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

/** Relations of a name that modifies the noun after it: "Kabul bombing", "Kabul's bombing". */
const NAME_MODIFIERS = new Set(["compound", "nmod:poss"]);
/** "the Kabul international airport attack": a few modifiers deep at most. */
const MAX_HOPS = 3;

export function isEventNounPlace(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }) {
  if (!isNominal(tree, predicate.token)) return false;
  let token = headTokenOf(tree, place);
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (!NAME_MODIFIERS.has(relationOf(tree, token))) return false;
    token = headOf(tree, token);
    if (token === predicate.token) return true;
  }
  return false;
}
