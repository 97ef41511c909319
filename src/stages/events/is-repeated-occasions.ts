// "had been arrested on several occasions", "was detained on three separate occasions": a clause told of
// several occasions sums up repeated incidents, a habit, not one incident with a day and place of its own.
// Only "occasions" counts: "stabbed three times" or "shot twice" counts the blows of one incident. The words
// are closed classes of English grammar: the noun of separate occasions and the quantifiers that make it many.
import { childrenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";

const OCCASIONS = "occasions";
// Quantifiers of more than one, besides numerals ("on three occasions").
const MANY = new Set(["several", "multiple", "numerous", "many", "various", "repeated", "countless", "other"]);

const PHRASE_RELATIONS = new Set(["obl", "obj", "nmod"]);

export function isOnRepeatedOccasions(tree: ParseTree, head: number): boolean {
  return childrenOf(tree, head).some((c) => {
    // The parser may hang "on three occasions" as an object; the noun is never what was hit.
    if (!PHRASE_RELATIONS.has(relationOf(tree, c).split(":")[0]) || wordOf(tree, c) !== OCCASIONS) return false;
    return childrenOf(tree, c).some(
      (m) => MANY.has(wordOf(tree, m)) || (relationOf(tree, m) === "nummod" && wordOf(tree, m) !== "one"),
    );
  });
}
