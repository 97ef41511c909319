// CoNLL-2003 reading and conlleval-style scoring, apart from prediction so both can be tested alone.
// Gold is IOB1 (a chunk starts at B-X, or at I-X after O or another type), as conlleval reads it.
import { chunksFromIob } from "../src/text/ner/tags.js";
import { prf } from "./prf.js";
import type { FieldScore } from "./types.js";

export type ConllToken = { text: string; tag: string };
export type ConllDocument = { sentences: ConllToken[][] };
/** A chunk over tokens [first, last] of a document, inclusive, as conlleval compares them. */
export type Chunk = { first: number; last: number; type: string };
export type BuiltDocument = { text: string; offsets: { start: number; end: number }[]; gold: Chunk[] };

export const HEADLINE_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export const EXACT_RULE = "conlleval: exact token span and type";

/** Splits the file at -DOCSTART- lines; blank lines end sentences; the tag is the last column. */
export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length && documents.length) documents[documents.length - 1].sentences.push(sentence);
    sentence = [];
  };
  for (const line of content.split("\n")) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === "-DOCSTART-") {
      endSentence();
      documents.push({ sentences: [] });
    } else if (line.trim() === "") endSentence();
    else {
      if (!documents.length) documents.push({ sentences: [] });
      sentence.push({ text: columns[0], tag: columns[columns.length - 1] });
    }
  }
  endSentence();
  return documents.filter((d) => d.sentences.length > 0);
}

/** Tokens joined by spaces, one sentence a line; each token keeps its offsets into the text. */
export function buildDocument(document: ConllDocument): BuiltDocument {
  const offsets: { start: number; end: number }[] = [];
  const tags: string[] = [];
  let text = "";
  for (const sentence of document.sentences) {
    sentence.forEach((token, i) => {
      if (i > 0) text += " ";
      offsets.push({ start: text.length, end: text.length + token.text.length });
      tags.push(token.tag);
      text += token.text;
    });
    text += "\n";
  }
  return { text, offsets, gold: chunksFromTags(tags) };
}

/** IOB1 tags -> chunks: the recogniser's own reader, so gold and training read the tags one way. */
export const chunksFromTags = chunksFromIob;

/** Character spans -> token chunks: every token the span touches; overlapping chunks keep the longest. */
export function chunksFromSpans(
  spans: { start: number; end: number; type: string }[],
  offsets: BuiltDocument["offsets"],
): Chunk[] {
  const chunks: Chunk[] = [];
  for (const span of spans) {
    const touched = offsets.map((o, i) => (o.end > span.start && o.start < span.end ? i : -1)).filter((i) => i >= 0);
    if (touched.length) chunks.push({ first: touched[0], last: touched[touched.length - 1], type: span.type });
  }
  chunks.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: Chunk[] = [];
  for (const c of chunks) if (!kept.some((k) => c.first <= k.last && k.first <= c.last)) kept.push(c);
  return kept.sort((a, b) => a.first - b.first);
}

export type TypeCounts = Record<string, { tp: number; fp: number; fn: number }>;

/** Adds one document's exact-match counts per type into `counts`. */
export function countChunks(gold: Chunk[], predicted: Chunk[], counts: TypeCounts = {}): TypeCounts {
  const key = (c: Chunk) => `${c.first}:${c.last}:${c.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const add = (type: string, field: "tp" | "fp" | "fn") => {
    counts[type] ??= { tp: 0, fp: 0, fn: 0 };
    counts[type][field] += 1;
  };
  for (const c of predicted) add(c.type, goldKeys.has(key(c)) ? "tp" : "fp");
  for (const c of gold) if (!predictedKeys.has(key(c))) add(c.type, "fn");
  return counts;
}

/** Micro P/R/F1 over the given types (the headline: PER, ORG, LOC). */
export function scoreTypes(counts: TypeCounts, types: readonly string[], field: string): FieldScore {
  const sum = (f: "tp" | "fp" | "fn") => types.reduce((total, t) => total + (counts[t]?.[f] ?? 0), 0);
  const { precision, recall, f1, tp, fp, fn } = prf(sum("tp"), sum("fp"), sum("fn"));
  // conlleval scores predicting nothing against a non-empty gold as F1 0, not as undefined.
  return { field, precision, recall, f1: f1 ?? (tp + fn > 0 ? 0 : null), rule: EXACT_RULE, tp, fp, fn };
}
