// "a Russian drone hit a tram depot", "Turkish warplanes struck": the subject of an attack is often the
// weapon, not the force. A weapon (the weapons layer) that a country modifies or possesses in the parse
// was fired by that country's forces, as a force noun would be ("Russian troops").
import { type Doc, spansOf } from "../../doc.js";
import { countryModifierOf, type OwnerCountry } from "./actor-nouns.js";
import type { ParseTree } from "./parse-tree.js";

/** The country whose weapon the head noun is, or null when the noun is no weapon or no country owns it. */
export function findWeaponOwner(doc: Doc, tree: ParseTree, head: number): OwnerCountry | null {
  const { start, end } = tree.tokens[head];
  const isWeapon = spansOf(doc, "weapons").some((w) => w.start <= start && end <= w.end);
  return isWeapon ? countryModifierOf(doc, tree, head) : null;
}
