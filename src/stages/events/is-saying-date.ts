// "the defence ministry said on Monday", "an army spokesman said on Tuesday": a day hung on a verb of saying
// is when someone spoke, not when the act they spoke of happened. Read from the parse; unparsed, no date is.
import { headOf, headTokenOf, type ParseTree, relationOf } from "./parse-tree.js";
import { isSpeechVerb } from "./saying-verb-of.js";

// How a day hangs on its verb: "said on Monday" (obl), "said Monday" (obl:tmod, or nmod:tmod).
const TIME_RELATIONS = new Set(["obl", "obl:tmod", "nmod:tmod"]);

export function isSayingDate(tree: ParseTree, date: { start: number; end: number }): boolean {
  const token = headTokenOf(tree, date);
  if (token < 0 || !TIME_RELATIONS.has(relationOf(tree, token))) return false;
  return isSpeechVerb(tree, headOf(tree, token));
}
