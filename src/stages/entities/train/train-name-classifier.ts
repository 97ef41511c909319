// Trains the name classifier and writes models/name-classifier.tsv:
//   npx tsx src/stages/entities/train/train-name-classifier.ts
// One name in ten (chosen by a hash of the name, so the split is the same on every run) is held out and
// never trained on; the script prints the model's accuracy on those, per class.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { NAME_MODEL_FILE, parseNameModel, predictNameLabel } from "../name-classifier.js";
import { collectTrainingNames, type LabelledName } from "./collect-training-names.js";
import { formatModel, trainNaiveBayes } from "./train-naive-bayes.js";

const HEADER = [
  "Name classifier (multinomial naive Bayes feature counts per class), written by",
  "src/stages/entities/train/train-name-classifier.ts; sources and licences in models/README.md.",
  "Trained on licensed name lists only (Phoenix MIT, @cspell/dict-companies MIT, GeoNames CC BY 4.0,",
  "world-countries ODbL, sitrep lists MIT); nine names in ten, the rest held out.",
];

/** Held out when a stable hash of the name falls in the tenth bucket. */
export function isHeldOut(name: string): boolean {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619) >>> 0;
  return hash % 10 === 0;
}

export function buildNameModelFile(examples: readonly LabelledName[]): string {
  return formatModel(trainNaiveBayes(examples.filter((e) => !isHeldOut(e.name))), HEADER);
}

/** Accuracy on the held-out names per class, and how often and how well the model is sure (p >= 0.9). */
function reportHeldOut(modelText: string, examples: readonly LabelledName[]): void {
  const model = parseNameModel(modelText);
  const tally = new Map<string, { right: number; all: number }>();
  const count = (key: string, isRight: boolean) => {
    const row = tally.get(key) ?? { right: 0, all: 0 };
    tally.set(key, { right: row.right + Number(isRight), all: row.all + 1 });
  };
  for (const { name, label } of examples.filter((e) => isHeldOut(e.name))) {
    const guess = predictNameLabel(name, model);
    count(`gold ${label}`, guess.label === label);
    count("all", guess.label === label);
    if (guess.probability >= 0.9) count(`sure ${guess.label}`, guess.label === label);
  }
  for (const [key, r] of [...tally].sort()) console.log(`${key}\t${r.right}/${r.all}\t${(r.right / r.all).toFixed(3)}`);
}

if (process.argv[1]?.endsWith("train-name-classifier.ts")) {
  const examples = collectTrainingNames();
  const text = buildNameModelFile(examples);
  writeFileSync(join(projectRoot(), NAME_MODEL_FILE), text);
  console.log(`${examples.length} names, ${text.split("\n").length} lines, ${(text.length / 1e6).toFixed(2)} MB`);
  reportHeldOut(text, examples);
}
