// Learns word clusters from the unlabeled text of ../shared/train and writes models/word-clusters.tsv.gz:
//   npm run train:clusters
// Exchange clustering of the words into the finest level's classes, then of those classes into each
// coarser level's (exchange-clustering.ts), so each level nests in the one below it. Deterministic: words
// in order of frequency (ties by key), classes seeded round-robin, no randomness.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { clusterKeyOf } from "../cluster-key.js";
import { type BigramCounts, clusterByExchange, countClassBigrams } from "../exchange-clustering.js";
import { encodeWordClusters, WORD_CLUSTERS_FILE } from "../word-clusters-file.js";
import { readUnlabeledText } from "./read-unlabeled-text.js";

export const CLUSTER_SETTINGS = {
  minCount: 1, // every word: a class from even one context places more unseen words (dev words not in EWT train: 30% have a class at 3+, 46% at 1+)
  levels: [16, 64, 256], // coarsest first, as Koo et al.'s 4- and 6-bit prefixes and whole strings (1,024 classes: 3.5 min a pass)
  maxPasses: 12,
  minMovedShare: 0.002, // stop when a pass moves fewer than 0.2% of the words
};

const BOUNDARY = "<s>";
const RARE = "<rare>";

function main(): void {
  const started = performance.now();
  const sources = readUnlabeledText(join(projectRoot(), "..", "shared", "train"));
  const sentences = sources.flatMap((s) => s.sentences);
  const { words, data } = countBigrams(sentences, CLUSTER_SETTINGS.minCount);
  const tokens = data.counts.reduce((a, b) => a + b, 0);
  console.log(
    `${sources.map((s) => `${s.name} ${s.sentences.length}`).join(", ")} sentences; ${tokens} tokens, ${words.length} words`,
  );
  const perLevel = clusterLevels(data, console.log);
  const classes = new Map<string, number[]>();
  words.forEach((key, w) => {
    if (key !== BOUNDARY && key !== RARE)
      classes.set(
        key,
        perLevel.map((cls) => cls[w]),
      );
  });
  const about =
    "Word clusters (exchange algorithm) learnt by src/text/word-clusters/train/train-clusters.ts from the training texts of ../shared/train; see models/README.md";
  const file = encodeWordClusters({ levels: CLUSTER_SETTINGS.levels, classes }, about);
  writeFileSync(join(projectRoot(), WORD_CLUSTERS_FILE), file);
  console.log(
    `${WORD_CLUSTERS_FILE} ${(file.length / 1e6).toFixed(2)} MB; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** Vocabulary by frequency (rare words as one token, a boundary token between sentences) and bigram counts. */
function countBigrams(sentences: readonly string[][], minCount: number): { words: string[]; data: BigramCounts } {
  const keyed = sentences.map((s) => s.map(clusterKeyOf));
  const frequency = new Map<string, number>();
  for (const s of keyed) for (const key of s) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const kept = [...frequency].filter(([, n]) => n >= minCount);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = [BOUNDARY, ...kept.map(([key]) => key), RARE];
  const index = new Map(words.map((key, i) => [key, i]));
  const counts = new Array<number>(words.length).fill(0);
  const next = words.map(() => new Map<number, number>());
  const rare = words.length - 1;
  for (const s of keyed) {
    let previous = 0;
    for (const key of [...s, BOUNDARY]) {
      const w = index.get(key) ?? rare;
      counts[w]++;
      next[previous].set(w, (next[previous].get(w) ?? 0) + 1);
      previous = w;
    }
  }
  return { words, data: { counts, next } };
}

/** A class per word at each level, coarsest first: the finest from the words, each coarser from the finer classes. */
function clusterLevels(data: BigramCounts, log: (line: string) => void): Int32Array[] {
  const { levels, maxPasses, minMovedShare } = CLUSTER_SETTINGS;
  const finest = levels[levels.length - 1];
  let wordClasses = clusterByExchange(data, { classes: finest, maxPasses, minMovedShare }, log);
  const perLevel = [wordClasses];
  let classData = countClassBigrams(data, wordClasses, finest);
  for (let level = levels.length - 2; level >= 0; level--) {
    const ofClass = clusterByExchange(classData, { classes: levels[level], maxPasses, minMovedShare }, log);
    wordClasses = Int32Array.from(wordClasses, (c) => ofClass[c]);
    perLevel.unshift(wordClasses);
    classData = countClassBigrams(classData, ofClass, levels[level]);
  }
  return perLevel;
}

if (process.argv[1]?.endsWith("train-clusters.ts")) main();
