// "near the town of Boni", with Boni unknown to the gazetteer: the site phrase alone ("the town") says nothing a
// reader can find, and the record's place is only the country. The name the site noun is "of" is the one
// precise word the text gives, so the site's evidence runs on over it. A name the places stage did locate
// is the record's place already, and the site stays its own phrase beside it.
import { type Doc, spansOf } from "../../doc.js";
import { overlaps } from "../../text/span-overlap.js";
import { caseOf, childrenOf, type ParseTree, relationOf, uposOf } from "./parse-tree.js";

/** Parts of a proper name that follow its head ("Sidi Bel Abbes"). */
const NAME_PARTS = new Set(["flat", "compound", "flat:name"]);

/** The end of a site phrase: past "of NAME" when the name is no located place, else the site noun's own end. */
export function unlocatedSiteEnd(doc: Doc, tree: ParseTree, noun: number): number {
  const nounEnd = tree.tokens[noun].end;
  const name = childrenOf(tree, noun).find(
    (child) =>
      child > noun &&
      relationOf(tree, child) === "nmod" &&
      uposOf(tree, child) === "PROPN" &&
      caseOf(tree, child)?.toLowerCase() === "of",
  );
  if (name === undefined) return nounEnd;
  const end = nameEnd(tree, name);
  const span = { start: tree.tokens[name].start, end };
  return spansOf(doc, "places").some((p) => overlaps(p, span)) ? nounEnd : end;
}

/** The last token's end of a name: its head and the parts hung after it. */
function nameEnd(tree: ParseTree, head: number): number {
  let end = tree.tokens[head].end;
  for (const child of childrenOf(tree, head))
    if (child > head && NAME_PARTS.has(relationOf(tree, child))) end = Math.max(end, nameEnd(tree, child));
  return end;
}
