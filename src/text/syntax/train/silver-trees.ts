// Silver trees for uptraining (Petrov et al. 2010): news sentences from ../shared/train parsed by the BiLSTM +
// biaffine parser (parse-biaffine.py), with the perceptron tagger's tags in the UPOS column. The perceptron
// parser learns from the gold treebank plus a slice of these in each pass, so the silver trees outweigh the
// gold ones only as far as the slice size says, and every silver sentence is used before any is repeated.
import { readFileSync } from "node:fs";
import { shuffleSeeded } from "../../shuffle-seeded.js";
import { type ConlluSentence, readConllu } from "../read-conllu.js";
import type { EpochExtras } from "./train-transitions.js";

export type SilverTrees = { sentences: ConlluSentence[]; tags: Int32Array[]; wordsPerEpoch: number; seed: number };

export type SilverOptions = {
  path: string;
  /** Use at most this many words of silver (a seeded sample of whole sentences), for size curves. */
  maxWords: number;
  /** Silver words mixed into each training pass. */
  wordsPerEpoch: number;
  /** Keep only sentences whose id starts with one of these (conll2003, polnear, ipe); empty: all. */
  sources: readonly string[];
  seed: number;
};

/** The silver file's sentences whose tags the tagger knows and whose relations the gold set has. */
export function readSilverTrees(
  options: SilverOptions,
  tagNames: readonly string[],
  relations: readonly string[],
): SilverTrees {
  const tagIds = new Map(tagNames.map((name, k) => [name, k]));
  const known = new Set(relations);
  const usable = readConllu(readFileSync(options.path, "utf8")).filter(
    (s) =>
      (options.sources.length === 0 || options.sources.some((source) => s.id.startsWith(source))) &&
      s.words.every((w) => tagIds.has(w.upos) && known.has(w.deprel)),
  );
  const sentences: ConlluSentence[] = [];
  let words = 0;
  for (const sentence of shuffleSeeded(usable, options.seed)) {
    if (words + sentence.words.length > options.maxWords) break;
    sentences.push(sentence);
    words += sentence.words.length;
  }
  const tags = sentences.map((s) => Int32Array.from(s.words.map((w) => tagIds.get(w.upos) ?? 0)));
  return { sentences, tags, wordsPerEpoch: options.wordsPerEpoch, seed: options.seed };
}

/**
 * Epoch e's silver examples: the e-th run of about `wordsPerEpoch` words through the (shuffled) silver list,
 * taken round and round, so the same epoch gives the same slice to the transitions and to the labeller.
 */
export function silverByEpoch<T>(silver: SilverTrees, examples: readonly T[]): EpochExtras<T> {
  const slices: T[][] = [];
  let next = 0;
  const total = silver.sentences.reduce((n, s) => n + s.words.length, 0);
  const perEpoch = Math.min(silver.wordsPerEpoch, total);
  return (epoch: number) => {
    while (slices.length < epoch && examples.length > 0) {
      const slice: T[] = [];
      let words = 0;
      while (words < perEpoch) {
        slice.push(examples[next]);
        words += silver.sentences[next].words.length;
        next = (next + 1) % examples.length;
      }
      slices.push(slice);
    }
    return slices[epoch - 1] ?? [];
  };
}
