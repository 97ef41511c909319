// The BiLSTM + biaffine parser's speed beside the shipped perceptron tagger + parser, interleaved round by
// round in the same process so that machine load hits both alike (CPU time of this process, median round).
// The text: UD English EWT dev's `# text` lines cut into UD/PTB tokens, as in models.bench.ts; a slice,
// since the BiLSTM runs about a hundred times slower than the perceptron (models/README.md).
// Run on demand: `npx tsx bench/biaffine.bench.ts [--rounds 3] [--sentences 300]`. Needs
// models/syntax-parser-biaffine.bin (npm run train:parser-biaffine). Not part of the tests.
import { readFileSync } from "node:fs";
import { sharedPath } from "../src/testing/fixtures.js";
import { analyzeSentences } from "../src/text/syntax/analyze-words.js";
import { loadBiaffineSyntaxModel } from "../src/text/syntax/load-biaffine-parser.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { tokenizeSentence } from "../src/text/tokenize-sentence.js";
import { cpuMs, median } from "./cpu-time.js";
import { readUdSentences } from "./make-articles.js";

function runBench(rounds: number, count: number): void {
  const sentences = readUdSentences(sharedPath("eval", "ud-ewt"))
    .slice(0, count)
    .map((line) => tokenizeSentence(line).map((t) => t.text));
  const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
  const models = { perceptron: loadSyntaxModel(), biaffine: loadBiaffineSyntaxModel() };
  const times: Record<string, number[]> = { perceptron: [], biaffine: [] };
  for (const model of Object.values(models)) analyzeSentences(sentences, model);
  for (let round = 0; round < rounds; round++)
    for (const [name, model] of Object.entries(models))
      times[name].push(cpuMs(() => analyzeSentences(sentences, model)));
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`${sentences.length} sentences, ${tokens} tokens; ${rounds} rounds (median CPU time); load ${load}`);
  for (const [name, t] of Object.entries(times)) {
    const ms = median(t);
    const rate = ((tokens / ms) * 1000).toFixed(0);
    console.log(`tagger + ${name.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms/round ${rate.padStart(8)} tokens/s`);
  }
}

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
};
runBench(flag("--rounds") ?? 3, flag("--sentences") ?? 300);
