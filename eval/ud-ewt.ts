// UD English EWT dev: the syntax stage's tagger and parser on gold tokenisation (every `*.conllu` in the
// folder). UPOS accuracy, UAS and LAS as the CoNLL 2018 shared task defines them (src/text/syntax/
// score-parse.ts: all syntactic words, punctuation included; LAS ignores relation subtypes). The headline
// is LAS. The same numbers are also given for a fixed "check" third of the sentences (FNV-1a hash of the
// sent_id mod 3 == 0) and the other two thirds ("tune"), so tuning on one part can be checked on the other.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWords, type SyntaxModel } from "../src/text/syntax/analyze-words.js";
import { hashString } from "../src/text/syntax/hash-feature.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { readConllu, type ConlluSentence } from "../src/text/syntax/read-conllu.js";
import { addSentenceCounts, createParseCounts, summarizeCounts, type ParseCounts } from "../src/text/syntax/score-parse.js";
import type { Dataset, DatasetResult, EvalOptions } from "./types.js";

export function readTreebank(dir: string, limit?: number): ConlluSentence[] {
  const files = readdirSync(dir).filter((name) => name.endsWith(".conllu")).sort();
  const sentences = files.flatMap((name) => readConllu(readFileSync(join(dir, name), "utf8")));
  return limit ? sentences.slice(0, limit) : sentences;
}

export function isCheckSentence(id: string): boolean {
  return hashString(id) % 3 === 0;
}

export function scoreTreebank(sentences: readonly ConlluSentence[], model: SyntaxModel, onProgress?: EvalOptions["onProgress"]): DatasetResult {
  const all = createParseCounts();
  const check = createParseCounts();
  const tune = createParseCounts();
  sentences.forEach((sentence, k) => {
    const predicted = analyzeWords(sentence.words.map((w) => w.form), model);
    addSentenceCounts(all, sentence.words, predicted);
    addSentenceCounts(isCheckSentence(sentence.id) ? check : tune, sentence.words, predicted);
    if (k % 200 === 0) onProgress?.(k, sentences.length);
  });
  const scores = summarizeCounts(all);
  const field = (name: string, accuracy: number, rule: string) => ({ field: name, precision: null, recall: null, f1: null, accuracy, rule });
  return {
    n: sentences.length,
    unit: "sentences",
    score: scores.las,
    headline: "LAS (CoNLL 2018: head and universal relation right, subtypes ignored, punctuation counted) on gold tokenisation",
    fields: [
      field("upos", scores.upos, "predicted UPOS equals gold, per word"),
      field("uas", scores.uas, "predicted head equals gold, per word"),
      field("las", scores.las, "head and universal relation equal gold, per word"),
    ],
    extra: { words: all.words, check: describeCounts(check), tune: describeCounts(tune) },
  };
}

function describeCounts(counts: ParseCounts) {
  return { words: counts.words, ...summarizeCounts(counts) };
}

export const dataset: Dataset = {
  name: "ud-ewt",
  evaluate: async (dir: string, options: EvalOptions) => scoreTreebank(readTreebank(dir, options.limit), loadSyntaxModel(), options.onProgress),
};
