// Trains the named-entity recogniser and writes models/ner-conll2003.bin.gz (`npm run train:ner`):
// CoNLL-2003 eng.train (IOB1 -> BILOU), averaged perceptron, then pruning and 16-bit weights. Prints
// conlleval's scores on eng.testa (the dev split: tuned on, never trained on) after every epoch.
// Deterministic: the same data and settings give the same file byte for byte.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ConllDocument, parseConll } from "../../../../eval/conll2003-chunks.js";
import { projectRoot } from "../../../paths.js";
import { featurizeDocument } from "../featurize-document.js";
import { loadNerLexicon, type NerLexicon } from "../ner-lexicon.js";
import { decodeNerModel, encodeNerModel, nerModelFile, type SparseRow } from "../ner-model.js";
import { bilouFromChunks, chunksFromIob, TAG_COUNT } from "../tags.js";
import { countNerChunks, formatNerScores, overallF1 } from "./score-ner.js";
import {
  type AveragedWeights,
  PERCEPTRON_SETTINGS,
  type TrainingSentence,
  trainPerceptron,
} from "./train-perceptron.js";

export const NER_TRAINING_SETTINGS = {
  /** A feature seen once in training gets one update at most: noise that costs file size. */
  minFeatureCount: 2,
  /** Averaged weights smaller than this change almost no decision (measured on dev before/after). */
  pruneBelow: 0.02,
};

const sharedDir = join(projectRoot(), "..", "shared");

function main(): void {
  const started = Date.now();
  const lexicon = loadNerLexicon();
  const train = readDocuments(join(sharedDir, "train", "conll2003", "eng.train"));
  const dev = readDocuments(join(sharedDir, "eval", "conll2003", "eng.testa"));
  const { sentences, hashes } = encodeTraining(train, lexicon);
  console.log(
    `${sentences.length} sentences, ${hashes.length} features (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  const averaged = trainPerceptron(sentences, hashes.length, TAG_COUNT, PERCEPTRON_SETTINGS, (epoch, average) => {
    const model = decodeNerModel(encodeNerModel(TAG_COUNT, pruneRows(average(), hashes), average().transitions));
    console.log(
      `epoch ${epoch}: dev F1 ${overallF1(countNerChunks(dev, { model, lexicon })).toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  });
  const file = encodeNerModel(TAG_COUNT, pruneRows(averaged, hashes), averaged.transitions);
  writeFileSync(nerModelFile(), file);
  const model = decodeNerModel(file);
  console.log(`wrote ${nerModelFile()}: ${(file.length / 1e6).toFixed(2)} MB, ${model.featureCount} features kept`);
  for (const line of formatNerScores(countNerChunks(dev, { model, lexicon }))) console.log(line);
  // The slice score-ner.test.ts checks the shipped weights against.
  console.log(
    `first 40 dev documents: F1 ${overallF1(countNerChunks(dev.slice(0, 40), { model, lexicon })).toFixed(4)}`,
  );
}

function readDocuments(file: string): ConllDocument[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: training needs ../shared`);
  return parseConll(readFileSync(file, "utf8"));
}

/** Hashed features of every training token, interned to dense ids; rare features dropped. */
function encodeTraining(
  documents: readonly ConllDocument[],
  lexicon: NerLexicon,
): { sentences: TrainingSentence[]; hashes: number[] } {
  const featurized = documents.map((d) =>
    featurizeDocument(
      d.sentences.map((s) => s.map((t) => t.text)),
      lexicon,
    ),
  );
  const counts = new Map<number, number>();
  for (const doc of featurized)
    for (const sentence of doc)
      for (const token of sentence) for (const h of token) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  const hashes: number[] = [];
  for (const [hash, count] of counts)
    if (count >= NER_TRAINING_SETTINGS.minFeatureCount) ids.set(hash, hashes.push(hash) - 1);
  const sentences = documents.flatMap((document, d) =>
    document.sentences.map((sentence, s) => ({
      features: featurized[d][s].map((token) =>
        Int32Array.from(token.flatMap((h) => (ids.has(h) ? [ids.get(h)!] : []))),
      ),
      gold: bilouFromChunks(chunksFromIob(sentence.map((t) => t.tag)), sentence.length),
    })),
  );
  return { sentences, hashes };
}

/** Each feature's tag weights above the pruning threshold; features left with none are dropped. */
function pruneRows(averaged: AveragedWeights, hashes: readonly number[]): SparseRow[] {
  const rows: SparseRow[] = [];
  hashes.forEach((hash, id) => {
    const row: SparseRow = { hash, tags: [], weights: [] };
    for (let t = 0; t < TAG_COUNT; t += 1) {
      const w = averaged.weights[id * TAG_COUNT + t];
      if (Math.abs(w) >= NER_TRAINING_SETTINGS.pruneBelow) row.tags.push(t), row.weights.push(w);
    }
    if (row.tags.length) rows.push(row);
  });
  return rows;
}

main();
