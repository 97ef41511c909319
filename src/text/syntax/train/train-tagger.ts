// Trains the part-of-speech tagger on UD English EWT train and writes models/syntax-tagger.bin:
//   npm run train:tagger
// Deterministic (seeded shuffles): the same data gives the same file. Prints dev UPOS accuracy, which is
// what models/README.md records; the dev split is only scored, never trained on.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { halfOf } from "../../../../eval/split-halves.js";
import { projectRoot } from "../../../paths.js";
import { decodeTagGuesses, TAG_GUESSES_FILE } from "../tag-guesses-file.js";
import { tagWords } from "../tag-words.js";
import { encodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { readDevSentences, readTrainSentences } from "./read-ud-ewt.js";
import { trainTagger } from "./train-tagger-model.js";

function main(): void {
  const started = performance.now();
  // The rare words' tag guesses (npm run train:tag-guesses) go into the tagger file, so nothing else is read at run time.
  const guesses = decodeTagGuesses(readFileSync(join(projectRoot(), TAG_GUESSES_FILE)));
  const model = trainTagger(readTrainSentences(), undefined, console.log, guesses);
  const dev = readDevSentences();
  let right = 0;
  let total = 0;
  // Per half as `eval --only ud-ewt` splits them (by sentence id), so a variant is judged by tune, checked by check.
  const halves = { tune: { right: 0, total: 0 }, check: { right: 0, total: 0 } };
  for (const sentence of dev) {
    const tags = tagWords(
      sentence.words.map((w) => w.form),
      model,
    );
    const half = halves[halfOf(`ud-ewt#${sentence.id}`)];
    sentence.words.forEach((w, i) => {
      const isRight = model.tags[tags[i]] === w.upos ? 1 : 0;
      right += isRight;
      half.right += isRight;
      total++;
      half.total++;
    });
  }
  const about =
    "UPOS tagger trained on UD English EWT train (CC BY-SA 4.0) by src/text/syntax/train/train-tagger.ts; see models/README.md";
  const file = encodeTagger(model, about);
  // `-- --out FILE` writes a variant elsewhere, leaving the shipped file for what else reads it meanwhile.
  const at = process.argv.indexOf("--out");
  writeFileSync(at > 0 ? process.argv[at + 1] : join(projectRoot(), TAGGER_FILE), file);
  console.log(
    `dev UPOS ${(right / total).toFixed(4)} (${right}/${total}), tune / check ${(halves.tune.right / halves.tune.total).toFixed(4)} / ${(halves.check.right / halves.check.total).toFixed(4)}; ${TAGGER_FILE} ${(file.length / 1e6).toFixed(2)} MB; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

if (process.argv[1]?.endsWith("train-tagger.ts")) main();
