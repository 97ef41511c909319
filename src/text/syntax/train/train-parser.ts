// Trains the dependency parser (transitions + arc labeller) on UD English EWT train and writes
// models/syntax-parser.bin:
//   npm run train:parser        (after npm run train:tagger: it scores dev with the shipped tagger)
//   npm run train:parser -- --width 4 --epochs 5     (beam search, trained globally)
// The parser learns from the tags the tagger will give it, not gold ones: the training set is cut into
// folds and each fold is tagged by a tagger trained on the other folds (jackknifing). Deterministic.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { analyzeWords, type ParserModel } from "../analyze-words.js";
import { findLabelAtoms } from "../label-arcs.js";
import { findParseAtoms } from "../parse-words.js";
import { encodeParser, PARSER_FILE } from "../parser-file.js";
import { projectivize } from "../projectivize.js";
import type { ConlluSentence } from "../read-conllu.js";
import { addSentenceCounts, createParseCounts, summarizeCounts } from "../score-parse.js";
import { decodeTagGuesses, TAG_GUESSES_FILE, type TagGuesses } from "../tag-guesses-file.js";
import { findSentenceAtoms, tagWords } from "../tag-words.js";
import { decodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { readDevSentences, readTrainSentences } from "./read-ud-ewt.js";
import { type SilverTrees, silverByEpoch } from "./silver-trees.js";
import { BEAM_TRAINING_SETTINGS, trainBeamTransitions } from "./train-beam-transitions.js";
import { trainLabels } from "./train-labels.js";
import { TAGGER_SETTINGS, trainTagger } from "./train-tagger-model.js";
import { trainTransitions } from "./train-transitions.js";

const FOLDS = 5; // 5 taggers on 80% each: their tags are about as noisy as the full tagger's on new text

function main(): void {
  const started = performance.now();
  const log = (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(0)} s  ${line}`);
  const train = readTrainSentences();
  const tags = decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE))).tags;
  // The fold taggers read the rare words' guesses as the shipped tagger does, so the parser learns its kind of tags.
  const guesses = decodeTagGuesses(readFileSync(join(projectRoot(), TAG_GUESSES_FILE)));
  const predicted = jackknifeTags(train, tags, log, guesses);
  const parser = trainParser(train, predicted, readBeamSettings(process.argv.slice(2)), log);
  const file = encodeParser(
    parser,
    tags,
    "dependency parser trained on UD English EWT train (CC BY-SA 4.0) by src/text/syntax/train/train-parser.ts; see models/README.md",
  );
  writeFileSync(join(projectRoot(), PARSER_FILE), file);
  log(`${PARSER_FILE} ${(file.length / 1e6).toFixed(2)} MB`);
  scoreDev({ tagger: decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE))), parser }, log);
}

/** Transitions and labeller from the training sentences and their jackknifed tags. */
export function trainParser(
  train: readonly ConlluSentence[],
  predicted: readonly Int32Array[],
  settings: typeof BEAM_TRAINING_SETTINGS,
  log: (line: string) => void,
  silver?: SilverTrees,
): ParserModel {
  const relations = [...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const parseExamples = (sentences: readonly ConlluSentence[], tags: readonly Int32Array[]) =>
    sentences.map((s, k) => ({ atoms: findParseAtoms(atomsOf(s), tags[k]), gold: projectivize(goldHeads(s)) }));
  const labelExamples = (sentences: readonly ConlluSentence[], tags: readonly Int32Array[]) =>
    sentences.map((s, k) => ({
      atoms: findLabelAtoms(atomsOf(s), tags[k]),
      heads: goldHeads(s),
      labels: Int32Array.from([0, ...s.words.map((w) => relations.indexOf(w.deprel))]),
    }));
  const examples = parseExamples(train, predicted);
  const silverParses = silver && silverByEpoch(silver, parseExamples(silver.sentences, silver.tags));
  const transitions =
    settings.width > 1
      ? trainBeamTransitions(examples, settings, log)
      : trainTransitions(examples, undefined, log, silverParses);
  const silverLabels = silver && silverByEpoch(silver, labelExamples(silver.sentences, silver.tags));
  const labels = trainLabels(labelExamples(train, predicted), relations.length, undefined, log, silverLabels);
  return { transitions, labels, relations, beamWidth: settings.width };
}

/**
 * The shipped parser is greedy (width 1, dynamic oracle: train-transitions.ts): a beam of 4 trained for 5
 * passes gained dev UAS +0.0004 and LAS +0.0018 for about three times the parse time (models/README.md).
 * `--width N` (N > 1) trains for beam search (train-beam-transitions.ts), `--epochs N` sets its passes.
 */
const SHIPPED_WIDTH = 1;

function readBeamSettings(args: readonly string[]): typeof BEAM_TRAINING_SETTINGS {
  const readValue = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : undefined;
  };
  return {
    ...BEAM_TRAINING_SETTINGS,
    width: readValue("--width") ?? SHIPPED_WIDTH,
    epochs: readValue("--epochs") ?? BEAM_TRAINING_SETTINGS.epochs,
  };
}

export function jackknifeTags(
  train: readonly ConlluSentence[],
  tags: readonly string[],
  log: (line: string) => void,
  guesses?: TagGuesses,
): Int32Array[] {
  const predicted: Int32Array[] = new Array(train.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const tagger = trainTagger(
      train.filter((_, k) => k % FOLDS !== fold),
      TAGGER_SETTINGS,
      undefined,
      guesses,
    );
    if (tagger.tags.join(" ") !== tags.join(" "))
      throw new Error("fold tagger's tag set differs from the shipped tagger's");
    let right = 0;
    let total = 0;
    train.forEach((s, k) => {
      if (k % FOLDS !== fold) return;
      predicted[k] = tagWords(formsOf(s), tagger);
      s.words.forEach((w, i) => {
        if (tags[predicted[k][i]] === w.upos) right++;
        total++;
      });
    });
    log(`jackknife fold ${fold + 1}/${FOLDS}: UPOS ${(right / total).toFixed(4)} on the held-out fold`);
  }
  return predicted;
}

export function scoreDev(model: Parameters<typeof analyzeWords>[1], log: (line: string) => void): void {
  const counts = createParseCounts();
  for (const sentence of readDevSentences())
    addSentenceCounts(counts, sentence.words, analyzeWords(formsOf(sentence), model));
  const { upos, uas, las } = summarizeCounts(counts);
  log(
    `dev (predicted tags): UPOS ${upos.toFixed(4)} UAS ${uas.toFixed(4)} LAS ${las.toFixed(4)} over ${counts.words} words`,
  );
}

export const formsOf = (s: ConlluSentence) => s.words.map((w) => w.form);
/** Word atoms without the tag classes, which only the tagger reads. */
export const atomsOf = (s: ConlluSentence) => findSentenceAtoms(formsOf(s), { ambiguity: new Map() });
export const goldHeads = (s: ConlluSentence) => Int32Array.from([0, ...s.words.map((w) => w.head)]);

if (process.argv[1]?.endsWith("train-parser.ts")) main();
