// Trains the BiLSTM + biaffine parser (models/syntax-parser-biaffine.bin) on UD English EWT train:
//   npm run train:parser-biaffine [-- --epochs 12 --hidden 160 ...]   (flags pass to the Python script)
// 1. dump-biaffine-data.ts writes train (with the perceptron tagger's jackknifed tags) and dev as JSON;
// 2. fetch-glove.ts and extract-glove.py give the pretrained GloVe rows (train words + the 50,000 most
//    frequent; `--no-glove` trains without them);
// 3. train-parser-biaffine.py trains with torch (apt-get install python3-torch libopenblas0-serial;
//    one thread, seeded: deterministic) and writes the epoch with the best dev LAS as float16;
// 4. the weights are scored on dev with the repository's scorer (score-biaffine-dev.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { BIAFFINE_PARSER_FILE } from "../biaffine-file.js";
import { loadBiaffineSyntaxModel } from "../load-biaffine-parser.js";
import { dumpBiaffineData } from "./dump-biaffine-data.js";
import { prunedGlovePath } from "./fetch-glove.js";
import { scoreBiaffineDev } from "./score-biaffine-dev.js";

/** Debian's python3 with python3-torch (a pyenv python3 on PATH may lack it). */
const PYTHON = process.env.SITREP_PYTHON ?? "/usr/bin/python3";
const WORK = "/tmp/sitrep-biaffine";
/** The most frequent GloVe words kept besides the train words (about 5 MB as int8 rows). */
const GLOVE_TOP = 50000;

function main(): void {
  const started = performance.now();
  const log = (line: string) => console.log(`${((performance.now() - started) / 1000).toFixed(0)} s  ${line}`);
  mkdirSync(WORK, { recursive: true });
  const data = join(WORK, "data.json");
  dumpBiaffineData(data, join(WORK, "tags.json"), log);
  const script = join(projectRoot(), "src", "text", "syntax", "train", "train-parser-biaffine.py");
  const out = join(projectRoot(), BIAFFINE_PARSER_FILE);
  const flags = process.argv.slice(2).filter((flag) => flag !== "--no-glove");
  const glove = process.argv.includes("--no-glove") ? [] : ["--glove", prunedGlovePath(PYTHON, data, GLOVE_TOP, log)];
  execFileSync(PYTHON, [script, "--data", data, "--out", out, ...glove, ...flags], { stdio: "inherit" });
  log(`${BIAFFINE_PARSER_FILE} written; scoring dev`);
  for (const line of scoreBiaffineDev(loadBiaffineSyntaxModel())) log(line);
}

main();
