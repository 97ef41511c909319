// UPOS accuracy, UAS and LAS as the CoNLL 2018 shared task defines them with gold tokenisation: every
// syntactic word counts (punctuation included); LAS needs the head and the universal relation right, the
// subtype after ":" ignored ("nsubj:pass" and "nsubj" match).
export type ParseCounts = { words: number; upos: number; heads: number; labelled: number };
export type WordAnalysis = { upos: string; head: number; deprel: string };

export function createParseCounts(): ParseCounts {
  return { words: 0, upos: 0, heads: 0, labelled: 0 };
}

export function addSentenceCounts(
  counts: ParseCounts,
  gold: readonly WordAnalysis[],
  predicted: readonly WordAnalysis[],
): void {
  gold.forEach((g, i) => {
    const p = predicted[i];
    counts.words++;
    if (p.upos === g.upos) counts.upos++;
    if (p.head === g.head) {
      counts.heads++;
      if (universalRelation(p.deprel) === universalRelation(g.deprel)) counts.labelled++;
    }
  });
}

export function universalRelation(deprel: string): string {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

export function summarizeCounts(counts: ParseCounts): { upos: number; uas: number; las: number } {
  const ratio = (x: number) => (counts.words === 0 ? 0 : x / counts.words);
  return { upos: ratio(counts.upos), uas: ratio(counts.heads), las: ratio(counts.labelled) };
}
