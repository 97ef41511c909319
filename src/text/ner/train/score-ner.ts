// conlleval's score of the recogniser on CoNLL-2003 documents: exact token span and type, per sentence.
import { type ConllDocument, countChunks, scoreTypes, type TypeCounts } from "../../../../eval/conll2003-chunks.js";
import { type NerResources, tagDocument } from "../tag-document.js";
import { chunksFromIob, ENTITY_TYPES } from "../tags.js";

/** Exact-match counts per type over the documents, tagged by the runtime path (tagDocument). */
export function countNerChunks(documents: readonly ConllDocument[], resources: NerResources): TypeCounts {
  const counts: TypeCounts = {};
  for (const document of documents) {
    const predicted = tagDocument(
      document.sentences.map((s) => s.map((t) => t.text)),
      resources,
    );
    document.sentences.forEach((sentence, i) =>
      countChunks(chunksFromIob(sentence.map((t) => t.tag)), predicted[i], counts),
    );
  }
  return counts;
}

/** Per-type and overall P/R/F1 lines, as conlleval prints them. */
export function formatNerScores(counts: TypeCounts): string[] {
  return [...ENTITY_TYPES.map((t) => [t]), [...ENTITY_TYPES]].map((types) => {
    const s = scoreTypes(counts, types, types.length > 1 ? "overall" : types[0]);
    return `${s.field.padEnd(8)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  });
}

export function overallF1(counts: TypeCounts): number {
  return scoreTypes(counts, [...ENTITY_TYPES], "overall").f1 ?? 0;
}

function fmt(x: number | null | undefined): string {
  return x == null ? "  -   " : x.toFixed(4);
}
