// "killing 12 people and injuring more than 30 others", "a man died and four more were wounded": a casualty
// count whose words name no kind of actor ("others", "more", a bare number) counts more of the people the
// incident's other counts name. Once the incident's victims are civilians (find-civilian-target.ts), these
// phrases are evidence of them too, so that the record shows every count of who was hit, not only the one
// that names them. A count of soldiers or militants is not theirs (find-counted-victims.ts reads those).
import type { Doc, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { type ActorNouns, actorKindOf } from "./actor-nouns.js";
import { type ParseTree, readParseTree, relationOf, uposOf } from "./parse-tree.js";
import { widenToCount } from "./widen-to-count.js";

const CASUALTY_LABELS = new Set(["KILLED", "INJURED"]);
/** Words between a numeral and what it counts: "four more", "30 wounded people". */
const COUNT_MODIFIERS = new Set(["ADJ", "ADV"]);
/** What a count's numeral counts: "others", "people", "service members". */
const COUNTED = new Set(["NOUN", "PROPN", "PRON"]);
/** A count's own quantity word when it has no numeral: "dozens", "scores", "a" (one). */
const QUANTITY_WORDS = new Set(["NOUN", "DET"]);

export function findCountedPeople(
  doc: Doc,
  sentenceIndexes: Iterable<number>,
  nouns: ActorNouns,
  found: readonly Span[],
): Span[] {
  const sentences = spansOf(doc, "sentences");
  const tree = readParseTree(doc);
  const counts = spansOf(doc, "numbers").filter((n) => CASUALTY_LABELS.has(n.label));
  const spans: Span[] = [];
  for (const i of sentenceIndexes) {
    const { start, end } = sentences[i];
    for (const count of counts.filter((n) => n.start >= start && n.end <= end)) {
      const phrase = countedPhrase(tree, count, end);
      if (!phrase || !isUnkinded(tree, phrase.last, nouns)) continue;
      const span = widenToCount(tree, {
        start: phrase.start,
        end: phrase.end,
        label: "ACTOR",
        by: "events/counted-people",
      });
      if (![...found, ...spans].some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
    }
  }
  return spans;
}

/** The count's numeral and the words after it that say what it counts ("30 others", "four more"). */
function countedPhrase(
  tree: ParseTree,
  count: Span,
  sentenceEnd: number,
): { start: number; end: number; last: number } | null {
  const inside = tree.tokens.flatMap((t, i) => (t.start >= count.start && t.end <= count.end ? [i] : []));
  const numeral =
    inside.findLast((i) => uposOf(tree, i) === "NUM") ?? inside.findLast((i) => QUANTITY_WORDS.has(uposOf(tree, i)));
  if (numeral === undefined) return null;
  const isInSentence = (i: number) => i < tree.tokens.length && tree.tokens[i].end <= sentenceEnd;
  let last = numeral;
  while (isInSentence(last + 1) && COUNT_MODIFIERS.has(uposOf(tree, last + 1))) last++;
  while (isInSentence(last + 1) && COUNTED.has(uposOf(tree, last + 1))) last++;
  // "five were wounded": a numeral standing for the people it counts.
  const isBare = last === numeral && uposOf(tree, numeral) === "NUM" && relationOf(tree, numeral) !== "nummod";
  if (last === numeral && !isBare) return null;
  return { start: tree.tokens[numeral].start, end: tree.tokens[last].end, last };
}

/** A phrase ending in a noun of a kind other than civilians counts someone else ("five soldiers"). */
function isUnkinded(tree: ParseTree, last: number, nouns: ActorNouns): boolean {
  const kind = actorKindOf(tree, last, nouns);
  return kind === undefined || kind === "civilians";
}
