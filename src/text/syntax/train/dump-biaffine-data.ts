// Writes UD English EWT train and dev as JSON for train-parser-biaffine.py: per sentence the forms, the
// gold UPOS, heads and relations, and the shipped perceptron tagger's tags (jackknifed on train, 5 folds,
// so the parser learns from tags as wrong as the ones it will see; the shipped tagger's own on dev).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import type { ConlluSentence } from "../read-conllu.js";
import { findSentenceAtoms, tagWords } from "../tag-words.js";
import { decodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { readDevSentences, readTrainSentences } from "./read-ud-ewt.js";
import { jackknifeTags } from "./train-parser.js";

type DumpedSentence = {
  id: string;
  forms: string[];
  upos: string[];
  heads: number[];
  deprels: string[];
  tags: number[];
};

function dumpSentence(sentence: ConlluSentence, tags: ArrayLike<number>): DumpedSentence {
  const w = sentence.words;
  return {
    id: sentence.id,
    forms: w.map((x) => x.form),
    upos: w.map((x) => x.upos),
    heads: w.map((x) => x.head),
    deprels: w.map((x) => x.deprel),
    tags: Array.from(tags),
  };
}

/** Jackknifed train tags take about a minute; a cached copy (same tagger, same folds) is reused. */
function readCachedTags(path: string): Int32Array[] | undefined {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as number[][]).map((t) => Int32Array.from(t));
  } catch {
    return undefined;
  }
}

export function dumpBiaffineData(path: string, cachedTags: string, log: (line: string) => void): void {
  const tagger = decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE)));
  const train = readTrainSentences();
  const trainTags = readCachedTags(cachedTags) ?? jackknifeTags(train, tagger.tags, log);
  writeFileSync(cachedTags, JSON.stringify(trainTags.map((t) => [...t])));
  const dev = readDevSentences().map((sentence) => {
    const forms = sentence.words.map((w) => w.form);
    return dumpSentence(sentence, tagWords(forms, tagger, findSentenceAtoms(forms, tagger)));
  });
  const data = { tags: tagger.tags, train: train.map((s, k) => dumpSentence(s, trainTags[k])), dev };
  writeFileSync(path, JSON.stringify(data));
  log(`train and dev written to ${path}`);
}
