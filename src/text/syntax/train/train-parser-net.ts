// Trains the feed-forward transition scorer (models/syntax-parser-net.bin; the arc labeller stays the one
// in syntax-parser.bin) on UD English EWT train with jackknifed tags:
//   npm run train:parser-net      (needs python3 with torch: apt-get install python3-torch; models/README.md)
// 1. the static oracle's states on projectivised gold trees → train-parser-net.py trains the net;
// 2. `explore` rounds: the trained net parses train, following its own choice with probability p, the states
//    it reaches are labelled by the dynamic oracle, and the net is trained again on all states so far.
// Seeded and single-threaded: deterministic.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { seededRandom } from "../../shuffle-seeded.js";
import { analyzeWords } from "../analyze-words.js";
import { loadNetSyntaxModel } from "../load-net-parser.js";
import { DISTANCE_BUCKETS, NET_DISTANCES, NET_PLACES, type NetAtoms } from "../net-features.js";
import { decodeNetFile, encodeNetFile, NET_PARSER_FILE, type NetFile } from "../net-file.js";
import { buildNetScorer, type NetDims, type NetScorer, type NetTables } from "../net-scorer.js";
import { FIRST_TAG_ID, findNetAtoms, indexVocabulary } from "../net-vocabulary.js";
import { createNetParseScratch, pickNetTransition } from "../parse-words-net.js";
import { projectivize } from "../projectivize.js";
import { addSentenceCounts, createParseCounts, summarizeCounts } from "../score-parse.js";
import { decodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { collectNetStates, followOracle, type NetExample, writeNetStates } from "./dump-net-states.js";
import { readDevSentences, readTrainSentences } from "./read-ud-ewt.js";
import { atomsOf, formsOf, goldHeads, jackknifeTags } from "./train-parser.js";

/** Debian's python3 with python3-torch (a pyenv python3 on PATH may lack it). */
const PYTHON = process.env.SITREP_PYTHON ?? "/usr/bin/python3";

export const NET_SETTINGS = {
  dims: { wordDims: 64, tagDims: 32, distanceDims: 16, hidden: 256 } satisfies NetDims,
  minCount: 2, // words seen once share the unknown word's embedding (and teach it, with word dropout)
  epochs: 12,
  batch: 256,
  rate: 0.001, // Adam, cosine-annealed to 0 over the epochs
  dropout: 0.3,
  wordDropout: 0.25, // a word seen c times is dropped to "unknown" with probability 0.25 / (0.25 + c)
  explore: 1, // rounds of states from the net's own parses (dynamic oracle)
  follow: 0.9, // in them, the net's choice is followed with this probability, else the oracle's
  seed: 2014,
  work: "/tmp/sitrep-parser-net",
  from: "",
};

function main(): void {
  const s = { ...NET_SETTINGS, ...readArgs(process.argv.slice(2)) };
  const started = performance.now();
  const log = (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(0)} s  ${line}`);
  mkdirSync(s.work, { recursive: true });
  const train = readTrainSentences();
  const tags = decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE))).tags;
  const predicted = readCachedTags(s.work) ?? jackknifeTags(train, tags, log);
  writeFileSync(join(s.work, "tags.json"), JSON.stringify(predicted.map((p) => [...p])));
  const { words, counts } = buildVocabulary(train.map(formsOf), s.minCount);
  const vocabulary = indexVocabulary(words);
  const examples: NetExample[] = train.map((sentence, k) => ({
    atoms: findNetAtoms(atomsOf(sentence), predicted[k], vocabulary),
    gold: projectivize(goldHeads(sentence)),
  }));
  const states = [join(s.work, "states-0.bin")];
  writeNetStates(states[0], collectNetStates(examples, followOracle));
  log(`static oracle states written`);
  // `--from FILE`: a net trained on these states before (same vocabulary), to start exploring from.
  let file = s.from ? decodeNetFile(readFileSync(s.from)) : trainNet(s, states, counts, tags, words, log);
  if (!s.from) writeAndScore(file, log);
  for (let round = 1; round <= s.explore; round++) {
    const net = scorerOf(file);
    const random = seededRandom(s.seed + round);
    const scratch = createNetParseScratch(net);
    states.push(join(s.work, `states-${round}.bin`));
    const follow = (state: Parameters<typeof pickNetTransition>[0], atoms: NetAtoms, zeroCost: number) => {
      const guess = pickNetTransition(state, atoms, net, scratch);
      return random() < s.follow ? guess : followOracle(state, atoms, zeroCost);
    };
    writeNetStates(states[round], collectNetStates(examples, follow));
    log(`exploration round ${round}: states written`);
    file = trainNet(s, states, counts, tags, words, log);
    writeAndScore(file, log);
  }
}

/** Writes the net after each round (an exploration round can then be judged against the one before). */
function writeAndScore(file: NetFile, log: (line: string) => void): void {
  const bytes = encodeNetFile(file);
  writeFileSync(join(projectRoot(), NET_PARSER_FILE), bytes);
  log(`${NET_PARSER_FILE} ${(bytes.length / 1e6).toFixed(2)} MB`);
  scoreDev(log);
}

function trainNet(
  s: typeof NET_SETTINGS,
  states: string[],
  counts: number[],
  tags: readonly string[],
  words: string[],
  log: (line: string) => void,
): NetFile {
  const out = join(s.work, "net.raw");
  const settings = {
    ...s.dims,
    places: NET_PLACES,
    distances: NET_DISTANCES,
    distanceBuckets: DISTANCE_BUCKETS,
    wordIds: 3 + words.length,
    tagIds: FIRST_TAG_ID + tags.length,
    ...{ epochs: s.epochs, batch: s.batch, rate: s.rate, dropout: s.dropout, wordDropout: s.wordDropout },
    seed: s.seed,
    states,
    counts,
    out,
  };
  const settingsPath = join(s.work, "settings.json");
  writeFileSync(settingsPath, JSON.stringify(settings));
  const script = join(projectRoot(), "src/text/syntax/train/train-parser-net.py");
  execFileSync(PYTHON, [script, settingsPath], { stdio: "inherit" });
  log(`net trained on ${states.length} state file(s)`);
  return {
    tags: [...tags],
    vocabulary: words,
    dims: s.dims,
    tables: readRawTables(readFileSync(out)),
    about:
      "transition scorer trained on UD English EWT train (CC BY-SA 4.0) by src/text/syntax/train/train-parser-net.ts; see models/README.md",
  };
}

/** Lower-cased words seen at least minCount times, most frequent first (so the precomputed ones are). */
function buildVocabulary(sentences: string[][], minCount: number): { words: string[]; counts: number[] } {
  const counts = new Map<string, number>();
  for (const forms of sentences)
    for (const form of forms) counts.set(form.toLowerCase(), (counts.get(form.toLowerCase()) ?? 0) + 1);
  const words = [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  return { words, counts: words.map((w) => counts.get(w) ?? 0) };
}

function readRawTables(raw: Buffer): NetTables {
  const length = raw.readUInt32LE(0);
  const shapes = JSON.parse(raw.toString("utf8", 4, 4 + length)) as Record<keyof NetTables, number[]>;
  let offset = 4 + length;
  const tables = {} as NetTables;
  for (const [name, shape] of Object.entries(shapes) as [keyof NetTables, number[]][]) {
    const size = shape.reduce((a, b) => a * b, 1);
    tables[name] = new Float32Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + size * 4));
    offset += size * 4;
  }
  return tables;
}

function scorerOf(file: { vocabulary: string[]; dims: NetDims; tables: NetTables }): NetScorer {
  return buildNetScorer(file.tables, file.dims, indexVocabulary(file.vocabulary), 2000);
}

function readCachedTags(work: string): Int32Array[] | undefined {
  try {
    return (JSON.parse(readFileSync(join(work, "tags.json"), "utf8")) as number[][]).map((t) => Int32Array.from(t));
  } catch {
    return undefined;
  }
}

function scoreDev(log: (line: string) => void): void {
  const model = loadNetSyntaxModel(projectRoot());
  const counts = createParseCounts();
  for (const sentence of readDevSentences())
    addSentenceCounts(counts, sentence.words, analyzeWords(formsOf(sentence), model));
  const { upos, uas, las } = summarizeCounts(counts);
  log(`dev (predicted tags, net scorer): UPOS ${upos.toFixed(4)} UAS ${uas.toFixed(4)} LAS ${las.toFixed(4)}`);
}

function readArgs(args: readonly string[]): Partial<typeof NET_SETTINGS> {
  const out: Record<string, unknown> = {};
  for (let k = 0; k + 1 < args.length; k += 2) {
    const name = args[k].replace(/^--/, "");
    out[name] = name === "work" || name === "from" ? args[k + 1] : Number(args[k + 1]);
  }
  return out as Partial<typeof NET_SETTINGS>;
}

if (process.argv[1]?.endsWith("train-parser-net.ts")) main();
