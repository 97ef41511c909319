// UD English EWT dev: the syntax stage's tagger and parser on gold tokenisation (every `*.conllu` in the
// folder). UPOS accuracy, UAS and LAS as the CoNLL 2018 shared task defines them (src/text/syntax/
// score-parse.ts: all syntactic words, punctuation included; LAS ignores relation subtypes). The headline
// is LAS; UPOS and UAS are gated beside it. Tune and check halves by sentence id, as for every dataset.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWords, type SyntaxModel } from "../src/text/syntax/analyze-words.js";
import { loadBiaffineSyntaxModel } from "../src/text/syntax/load-biaffine-parser.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { type ConlluSentence, readConllu } from "../src/text/syntax/read-conllu.js";
import {
  addSentenceCounts,
  createParseCounts,
  type ParseCounts,
  summarizeCounts,
} from "../src/text/syntax/score-parse.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, EvalOptions } from "./types.js";

export function readTreebank(dir: string, limit?: number): ConlluSentence[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".conllu"))
    .sort();
  const sentences = files.flatMap((name) => readConllu(readFileSync(join(dir, name), "utf8")));
  return limit ? sentences.slice(0, limit) : sentences;
}

/** One sentence's counts: the expensive part (tagging and parsing), done once per sentence. */
function scoreSentence(sentence: ConlluSentence, model: SyntaxModel): ParseCounts {
  const counts = createParseCounts();
  addSentenceCounts(
    counts,
    sentence.words,
    analyzeWords(
      sentence.words.map((w) => w.form),
      model,
    ),
  );
  return counts;
}

function summariseSentences(records: readonly ParseCounts[]): DatasetResult {
  const all = createParseCounts();
  for (const r of records) {
    all.words += r.words;
    all.upos += r.upos;
    all.heads += r.heads;
    all.labelled += r.labelled;
  }
  const scores = summarizeCounts(all);
  const field = (name: string, accuracy: number, rule: string) => ({
    field: name,
    precision: null,
    recall: null,
    f1: null,
    accuracy,
    rule,
  });
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    n: records.length,
    unit: "sentences",
    score: records.length === 0 ? null : round(scores.las),
    headline:
      "LAS (CoNLL 2018: head and universal relation right, subtypes ignored, punctuation counted) on gold tokenisation",
    fields: [
      field("upos", scores.upos, "predicted UPOS equals gold, per word"),
      field("uas", scores.uas, "predicted head equals gold, per word"),
      field("las", scores.las, "head and universal relation equal gold, per word"),
    ],
    metrics: [
      { name: "upos", value: round(scores.upos), about: "UPOS accuracy per word" },
      { name: "uas", value: round(scores.uas), about: "unlabelled attachment score per word" },
    ],
    extra: { words: all.words },
  };
}

/** All sentences scored as one set (the shipped-weights test and the scorer's own tests). */
export function scoreTreebank(sentences: readonly ConlluSentence[], model: SyntaxModel): DatasetResult {
  return summariseSentences(sentences.map((sentence) => scoreSentence(sentence, model)));
}

export const dataset: Dataset = {
  name: "ud-ewt",
  evaluate: async (dir: string, options: EvalOptions) =>
    evaluateTreebank(dir, options, options.parser === "biaffine" ? loadBiaffineSyntaxModel() : loadSyntaxModel()),
};

/** The dataset's evaluation with any syntax model (the optional parsers' scoring scripts pass theirs). */
export function evaluateTreebank(dir: string, options: EvalOptions, model: SyntaxModel): DatasetResult {
  // Halves by sentence id, as every dataset splits (split-halves.ts).
  return evaluateItems(
    readTreebank(dir),
    { idOf: (s) => `ud-ewt#${s.id}`, predict: (s) => scoreSentence(s, model), summarise: summariseSentences },
    options,
  );
}
