// "Youths rioted in the town on Tuesday after a trader died in police custody": the death told in the "after"
// phrase is what the riot followed, not the riot's toll (ACLED counts only the deaths of the event itself).
// Each incident withholds the antecedent phrases of its sentences (lexicon/events/antecedent-markers.txt)
// that hold none of its own mentions, so count-fatalities reads no count there. A phrase that tells the
// incident itself ("five died after gunmen attacked the village") holds its mention and stays; its count
// stands outside the phrase anyway.
import { type Doc, spansOf } from "../../doc.js";
import type { Incident, TextRange } from "./incident.js";
import { childrenOf, type ParseTree, relationOf, subtreeSpanOf, wordOf } from "./parse-tree.js";

const MARKER_RELATIONS = new Set(["case", "mark"]);

export function withholdAntecedentPhrases(
  doc: Doc,
  tree: ParseTree,
  incidents: Incident[],
  markers: ReadonlySet<string>,
): void {
  const sentences = spansOf(doc, "sentences");
  for (const incident of incidents) {
    const phrases = [...incident.sentences].flatMap((i) => findAntecedentPhrases(tree, sentences[i], markers));
    const isOwn = (p: TextRange) => incident.mentions.some((m) => m.span.start >= p.start && m.span.end <= p.end);
    const foreign = phrases.filter((p) => !isOwn(p));
    if (foreign.length > 0) (incident.withheld ??= []).push(...foreign);
  }
}

/** From the marker word to the end of the phrase it opens: the subtree of the word the marker hangs on. */
function findAntecedentPhrases(tree: ParseTree, sentence: TextRange, markers: ReadonlySet<string>): TextRange[] {
  const phrases: TextRange[] = [];
  tree.tokens.forEach((token, i) => {
    if (token.start < sentence.start || token.end > sentence.end) return;
    const marker = childrenOf(tree, i).find(
      (c) => MARKER_RELATIONS.has(relationOf(tree, c)) && markers.has(wordOf(tree, c)),
    );
    if (marker === undefined) return;
    phrases.push({ start: tree.tokens[marker].start, end: subtreeSpanOf(tree, i).end });
  });
  return phrases;
}
