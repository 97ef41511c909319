// "clashes between troops and militants", "a battle between soldiers and gunmen", "fighting broke out between
// government forces and rebels": the two sides of a fight told after "between", the first actor 1, the one
// joined to it actor 2 (ACLED names a battle's sides in the order the text gives them).
import type { Span } from "../../doc.js";
import { caseOf, childrenOf, childrenWith, headOf, headTokenOf, type ParseTree, relationOf } from "./parse-tree.js";

/** The sides' head tokens in text order; empty when the trigger has no "between" phrase of two. */
export function findBetweenSides(tree: ParseTree, trigger: Span): number[] {
  const token = headTokenOf(tree, trigger);
  if (token < 0) return [];
  // The phrase hangs on the event noun, or on the verb the noun is the subject of ("fighting broke out between"),
  // or on the verb the parse hangs under a sentence-opening "Fighting" it misread as a verb ("Fighting resumed
  // on Friday between the army and the rebels").
  const hosts = relationOf(tree, token).startsWith("nsubj")
    ? [token, headOf(tree, token)]
    : [token, ...childrenWith(tree, token, ["xcomp"])];
  for (const host of hosts) {
    const between = childrenOf(tree, host).find(
      (c) => /^(?:obl|nmod)/.test(relationOf(tree, c)) && caseOf(tree, c) === "between",
    );
    const joined = between === undefined ? [] : childrenWith(tree, between, ["conj"]);
    if (between !== undefined && joined.length > 0) return [between, joined[0]];
  }
  return [];
}
