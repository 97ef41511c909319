// Uptraining (Petrov et al. 2010): the greedy perceptron parser trained on UD English EWT train plus silver
// trees, news sentences from ../shared/train parsed by the slower, more accurate BiLSTM + biaffine parser.
//   npm run train:parser-uptrain -- [--silver FILE] [--silver-words N] [--per-epoch N] [--sources a,b]
//                                   [--out FILE] [--seed N]
// The silver file comes from dump-silver-input.ts then parse-biaffine.py (models/README.md, "Uptraining").
// Writes the parser to --out (default models/syntax-parser.bin) and scores dev with the shipped tagger.
// Deterministic: seeded sample of the silver sentences, seeded shuffles as in train-parser.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { encodeParser, PARSER_FILE } from "../parser-file.js";
import { decodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { readTrainSentences } from "./read-ud-ewt.js";
import { readSilverTrees } from "./silver-trees.js";
import { BEAM_TRAINING_SETTINGS } from "./train-beam-transitions.js";
import { jackknifeTags, scoreDev, trainParser } from "./train-parser.js";

const DEFAULTS = {
  silver: "/tmp/sitrep-uptrain/silver.conllu",
  silverWords: 2_000_000, // all of it (1.43 M words)
  perEpoch: 400_000, // twice the gold treebank's words in each pass
  sources: "",
  seed: 2010,
  tagsCache: "/tmp/sitrep-uptrain/jackknifed-tags.json",
};

function main(): void {
  const started = performance.now();
  const log = (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(0)} s  ${line}`);
  const args = readArgs(process.argv.slice(2));
  const train = readTrainSentences();
  const tagger = decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE)));
  const predicted = readCachedTags(args.tagsCache) ?? jackknifeTags(train, tagger.tags, log);
  writeFileSync(args.tagsCache, JSON.stringify(predicted.map((t) => [...t])));
  const relations = [...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const silver =
    args.perEpoch > 0
      ? readSilverTrees(
          {
            path: args.silver,
            maxWords: args.silverWords,
            wordsPerEpoch: args.perEpoch,
            sources: args.sources ? args.sources.split(",") : [],
            seed: args.seed,
          },
          tagger.tags,
          relations,
        )
      : undefined;
  const silverWords = silver?.sentences.reduce((n, s) => n + s.words.length, 0) ?? 0;
  log(`silver: ${silver?.sentences.length ?? 0} sentences, ${silverWords} words; ${args.perEpoch} words a pass`);
  const parser = trainParser(train, predicted, { ...BEAM_TRAINING_SETTINGS, width: 1 }, log, silver);
  const file = encodeParser(
    parser,
    tagger.tags,
    "dependency parser trained on UD English EWT train (CC BY-SA 4.0) plus silver trees of CoNLL-2003, PolNeAR and IndiaPoliceEvents train text by src/text/syntax/train/train-parser-uptrain.ts; see models/README.md",
  );
  writeFileSync(args.out, file);
  log(`${args.out} ${(file.length / 1e6).toFixed(2)} MB`);
  scoreDev({ tagger, parser }, log);
}

function readArgs(args: readonly string[]) {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  return {
    silver: value("--silver") ?? DEFAULTS.silver,
    silverWords: Number(value("--silver-words") ?? DEFAULTS.silverWords),
    perEpoch: Number(value("--per-epoch") ?? DEFAULTS.perEpoch),
    sources: value("--sources") ?? DEFAULTS.sources,
    seed: Number(value("--seed") ?? DEFAULTS.seed),
    out: value("--out") ?? join(projectRoot(), PARSER_FILE),
    tagsCache: value("--tags-cache") ?? DEFAULTS.tagsCache,
  };
}

/** Jackknifed train tags (5 taggers, about a minute) are the same for every run: a cached copy is reused. */
function readCachedTags(path: string): Int32Array[] | undefined {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as number[][]).map((t) => Int32Array.from(t));
  } catch {
    return undefined;
  }
}

main();
