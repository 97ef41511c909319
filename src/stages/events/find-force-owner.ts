// "Turkey's air force", "the Nigerien army": a force named by a common noun belongs to the country that
// possesses or modifies it in the parse. The entities stage reads a bare "air force" with its default
// country, so the owner the sentence names wins.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import { childrenWith, headOf, headTokenOf, type ParseTree, relationOf } from "./parse-tree.js";

/** A noun phrase nests a few compounds deep at most ("the Nigerian air force fighter jets"). */
const MAX_COMPOUND_HOPS = 4;

/** A COUNTRY entity for the owner, shaped as the entities stage makes them; null when none is named. */
export function findForceOwner(doc: Doc, tree: ParseTree, force: LayerSpan<"entities">): LayerSpan<"entities"> | null {
  const head = headTokenOf(tree, force);
  if (head < 0) return null;
  const owners = phraseNouns(tree, head)
    .flatMap((noun) => childrenWith(tree, noun, ["nmod:poss", "amod", "compound"]))
    .map((c) => tree.tokens[c]);
  const inside = (s: { start: number; end: number }) =>
    owners.some((o) => s.start <= o.start && o.end <= s.end) && s.end <= force.start;
  const entity = spansOf(doc, "entities").find(
    (e) => (e.label === "COUNTRY" || e.label === "NORP") && typeof e.data?.iso3 === "string" && inside(e),
  );
  if (entity) return { ...entity, label: "COUNTRY" };
  const place = spansOf(doc, "places").find(
    (p) => p.label === "COUNTRY" && typeof p.data?.iso3 === "string" && inside(p),
  );
  return place
    ? { ...place, label: "COUNTRY", data: { name: String(place.data?.country), iso3: String(place.data?.iso3) } }
    : null;
}

/**
 * "Nigerian air force jets struck": the force is a compound of the noun that heads the phrase, and the
 * country modifies that head. The force's own noun and every noun it compounds into, up to the head.
 */
function phraseNouns(tree: ParseTree, noun: number): number[] {
  const nouns = [noun];
  let token = noun;
  for (let hops = 0; hops < MAX_COMPOUND_HOPS && relationOf(tree, token) === "compound"; hops++) {
    token = headOf(tree, token);
    if (token < 0) break;
    nouns.push(token);
  }
  return nouns;
}
