// "Profit fell to 15 million markka", "the deficit fell to 715 million", "the bowler captured two": a
// territory verb whose goal or object is an amount tells of a quantity that changed (a price, a score), not of
// ground that changed hands. ACLED's territory events name a place taken (ACLED Codebook 2023, "Strategic
// developments"). Read from the parse: the goal ("to"/"into") or object of the verb is a bare number, or a noun
// counted by a number of several words ("15 million markka"); "seized two villages" names a place and stays.
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenWith, type ParseTree, uposOf } from "./parse-tree.js";

const TERRITORY = new Set([
  "Non-state actor overtakes territory",
  "Government regains territory",
  "Non-violent transfer of territory",
]);

export function isQuantityChange(tree: ParseTree, mention: TriggerMention): boolean {
  if (!TERRITORY.has(mention.subEventType)) return false;
  // "fell to": the span's head may come out as its preposition, so the verb is looked for inside the span.
  const verb = tree.tokens.findIndex(
    (t, i) => t.start >= mention.span.start && t.end <= mention.span.end && uposOf(tree, i) === "VERB",
  );
  if (verb < 0) return false;
  const goals = [
    ...childrenWith(tree, verb, ["obj"]),
    ...childrenWith(tree, verb, ["obl"]).filter((t) => /^(?:to|into)$/i.test(caseOf(tree, t) ?? "")),
  ];
  return goals.some((goal) => isAmount(tree, goal));
}

/** "two", "715 million", "15 million markka": a number, or a noun counted by a number of several words. */
function isAmount(tree: ParseTree, token: number): boolean {
  if (uposOf(tree, token) === "NUM") return true;
  return childrenWith(tree, token, ["nummod"]).some((n) => childrenWith(tree, n, ["compound", "nummod"]).length > 0);
}
