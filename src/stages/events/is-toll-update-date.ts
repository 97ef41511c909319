// "The death toll from twin bombings in Quetta rose to 31 on Monday": the day a toll changed (the numbers
// stage marks the count `revised`, find-toll-updates.ts) is the day of the count, not of the bombing the
// toll is of, which happened before; a date the parse hangs on the toll's verb or its new figure dates
// nothing for the incident.
import { type Doc, spansOf } from "../../doc.js";
import { headOf, headTokenOf, type ParseTree, uposOf } from "./parse-tree.js";

/** "rose to 31 on Monday": the date under the figure under the verb, or under the verb itself. */
const MAX_HOPS = 2;

export function isTollUpdateDate(doc: Doc, tree: ParseTree, date: { start: number; end: number }): boolean {
  const updates = spansOf(doc, "numbers").filter((n) => n.data?.revised && n.start < date.start);
  if (updates.length === 0) return false;
  let token = headTokenOf(tree, date);
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    token = headOf(tree, token);
    if (token < 0) return false;
    const { start, end } = tree.tokens[token];
    if (uposOf(tree, token) === "VERB" && updates.some((u) => u.start <= start && end <= u.end)) return true;
  }
  return false;
}
