// "Seven villagers were shot dead when gunmen stormed the village", "two guards were killed as attackers
// forced their way in": a passive trigger that names no agent of its own is told beside a clause of the
// same moment whose subject is the one who acted. Its subject is read as the trigger's agent, for
// find-parsed-actor.ts to name by its noun (civilians and people are never actor 1 there).
import { childrenWith, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

/** Words that open a clause of the same moment as the trigger's ("when", "as"). */
const SAME_MOMENT = new Set(["when", "as", "after", "while"]);

/** The subjects of the trigger's "when"/"as" clauses, when the trigger's own clause is passive with no agent. */
export function findTimeClauseAgents(tree: ParseTree, predicate: Predicate): number[] {
  const isPassive = childrenWith(tree, predicate.token, ["nsubj"]).some((c) => relationOf(tree, c) === "nsubj:pass");
  const hasAgent = [...predicate.anchors.values()].includes("agent");
  if (!isPassive || hasAgent) return [];
  return childrenWith(tree, predicate.token, ["advcl"])
    .filter((clause) => childrenWith(tree, clause, ["mark", "advmod"]).some((m) => SAME_MOMENT.has(wordOf(tree, m))))
    .flatMap((clause) => childrenWith(tree, clause, ["nsubj"]).filter((s) => relationOf(tree, s) === "nsubj"));
}
