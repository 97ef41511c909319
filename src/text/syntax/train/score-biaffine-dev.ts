// Scores the BiLSTM + biaffine parser on UD English EWT dev with the repository's scorer (the ud-ewt
// eval's, CoNLL 2018 definitions), on the tune and check halves and all of dev:
//   npx tsx src/text/syntax/train/score-biaffine-dev.ts [--upos biaffine] [--perceptron]
// `--upos biaffine` takes the joint UPOS head's tags; `--perceptron` scores the shipped parser instead.
import { join } from "node:path";
import { evaluateTreebank } from "../../../../eval/ud-ewt.js";
import type { SyntaxModel } from "../analyze-words.js";
import { loadBiaffineSyntaxModel } from "../load-biaffine-parser.js";
import { loadSyntaxModel } from "../load-syntax-model.js";
import { sharedDir } from "./read-ud-ewt.js";

export function scoreBiaffineDev(model: SyntaxModel): string[] {
  const started = performance.now();
  const result = evaluateTreebank(join(sharedDir(), "eval", "ud-ewt"), {}, model);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const metrics = (m: { name: string; value: number | null }[] | undefined) =>
    (m ?? []).map((x) => `${x.name} ${(x.value ?? 0).toFixed(4)}`).join(" ");
  const halves = result.halves;
  return [
    `all: ${metrics(result.metrics)} las ${result.score} (${result.n} sentences, ${seconds} s)`,
    `tune: ${metrics(halves?.tune.metrics)} las ${halves?.tune.score}`,
    `check: ${metrics(halves?.check.metrics)} las ${halves?.check.score}`,
  ];
}

if (process.argv[1]?.endsWith("score-biaffine-dev.ts")) {
  const args = process.argv.slice(2);
  const upos = args.includes("--upos") ? args[args.indexOf("--upos") + 1] : "tagger";
  const model = args.includes("--perceptron")
    ? loadSyntaxModel()
    : loadBiaffineSyntaxModel(undefined, { upos: upos === "biaffine" ? "biaffine" : "tagger" });
  for (const line of scoreBiaffineDev(model)) console.log(line);
}
