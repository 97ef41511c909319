// The recogniser on running text: tokenize each sentence, tag the document, map token chunks back to
// character spans of the text (label PER / ORG / LOC / MISC).
import type { LayerSpan, Range } from "../../doc.js";
import { type NerResources, tagDocument } from "./tag-document.js";
import { type Token, tokenize } from "./tokenize.js";
import type { WordMemo } from "./word-memo.js";

/** Names in `text`, sentence by sentence (the whole text is one sentence when none are given). `memo`: words
 * already scored, kept across documents by the caller (word-memo.ts). */
export function findNamedEntities(
  text: string,
  sentences: readonly Range[],
  resources: NerResources,
  memo?: WordMemo,
): LayerSpan<"ner">[] {
  const parts = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const tokens: Token[][] = parts.map((s) => tokenize(text, s.start, s.end)).filter((t) => t.length > 0);
  const chunks = tagDocument(
    tokens.map((sentence) => sentence.map((t) => t.text)),
    resources,
    memo,
  );
  return chunks.flatMap((sentenceChunks, i) =>
    sentenceChunks.map(({ first, last, type }) => ({
      start: tokens[i][first].start,
      end: tokens[i][last].end,
      label: type,
      by: "ner/perceptron",
    })),
  );
}
