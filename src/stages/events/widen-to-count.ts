// "89 people", "1.5 million people", "12 unarmed villagers": the words that name the people hit run from
// the number that counts them to their noun, as a reader quotes them and as the argument datasets mark
// them (RAMS spans, WikiEvents phrases). A noun no number counts keeps its own span.
import type { Span } from "../../doc.js";
import { childrenOf, childrenWith, headTokenOf, type ParseTree, uposOf } from "./parse-tree.js";

/** Deeper than any number phrase ("more than 1.5 million"); a guard against a malformed tree. */
const MAX_DEPTH = 8;

export function widenToCount<T extends Span>(tree: ParseTree, span: T): T {
  const noun = headTokenOf(tree, span);
  if (noun < 0) return span;
  const count = childrenWith(tree, noun, ["nummod"]).find((c) => tree.tokens[c].start <= span.start);
  if (count === undefined) return span;
  return { ...span, start: Math.min(span.start, tree.tokens[leftEdge(tree, count)].start) };
}

/** The first word of a token's phrase: its leftmost dependent's, down the tree ("more" of "more than 30"). */
function leftEdge(tree: ParseTree, token: number): number {
  let edge = token;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    // A dash or bracket the parse hung on the number ("- At least 17") is no word of the phrase.
    const first = childrenOf(tree, edge).find((c) => c < edge && uposOf(tree, c) !== "PUNCT");
    if (first === undefined) return edge;
    edge = first;
  }
  return edge;
}
