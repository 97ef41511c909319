// Syntax speed: the syntax stage (tokenise + tag + parse + label) against bare Intl.Segmenter word
// tokenising of the same text, in the same process, interleaved round by round so machine load hits both
// alike; then the whole pipeline's articles per second with and without the syntax stage. Times are CPU
// time of this process (user + system), i.e. per core, so other jobs on a shared machine matter less.
// The text: the `# text` lines of ../shared/eval/ud-ewt cut into 700-word "articles", one sentence per line.
// Run on demand: `npx tsx bench/syntax.bench.ts [--rounds 5]`. Not part of the tests.
import { createDoc, type Doc, spansOf } from "../src/doc.js";
import { buildPipeline, buildStages } from "../src/pipeline.js";
import { loadResources } from "../src/resources.js";
import { sentencesStage } from "../src/stages/sentences/index.js";
import { createSyntaxStage } from "../src/stages/syntax/index.js";
import { sharedPath } from "../src/testing/fixtures.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { cpuMs, median } from "./cpu-time.js";
import { ARTICLE_WORDS, groupIntoArticles, readUdSentences } from "./make-articles.js";

function runBench(rounds: number): void {
  const articles = groupIntoArticles(readUdSentences(sharedPath("eval", "ud-ewt"))).map((lines) => lines.join("\n"));
  const model = loadSyntaxModel();
  const syntax = createSyntaxStage(() => model);
  const docs: Doc[] = articles.map((text, i) => sentencesStage.run(createDoc(`a${i}`, text, { origin: "bench" })));
  const segmenter = new Intl.Segmenter("en", { granularity: "word" });
  let tokens = 0;
  const runSyntax = () => {
    tokens = 0;
    for (const doc of docs) tokens += spansOf(syntax.run(doc), "tokens").length;
  };
  const runSegmenter = () => {
    for (const text of articles) for (const s of segmenter.segment(text)) if (s.isWordLike) s.segment.length;
  };
  runSyntax();
  runSegmenter();
  const times = { syntax: [] as number[], segmenter: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    times.segmenter.push(cpuMs(runSegmenter));
    times.syntax.push(cpuMs(runSyntax));
  }
  const [syntaxMs, segmenterMs] = [median(times.syntax), median(times.segmenter)];
  console.log(
    `${articles.length} articles of ~${ARTICLE_WORDS} words, ${tokens} tokens, ${rounds} rounds (median, CPU time)`,
  );
  console.log(
    `syntax stage:         ${syntaxMs.toFixed(0)} ms/round, ${((tokens / syntaxMs) * 1000).toFixed(0)} tokens/s`,
  );
  console.log(
    `bare Intl.Segmenter:  ${segmenterMs.toFixed(0)} ms/round, ${((tokens / segmenterMs) * 1000).toFixed(0)} tokens/s`,
  );
  console.log(`ratio syntax / segmenter: ${(syntaxMs / segmenterMs).toFixed(1)}`);
  timePipeline(articles, model);
}

/** Whole-pipeline articles per CPU second, with and without the syntax stage (goal >= 40 with). */
function timePipeline(articles: string[], model: ReturnType<typeof loadSyntaxModel>): void {
  // STAGES over lexicons loaded once (their defaults read them per run), without the recogniser as before.
  const stages = buildStages(loadResources()).filter((s) => s.name !== "ner");
  const withSyntax = buildPipeline(stages.map((s) => (s.name === "syntax" ? createSyntaxStage(() => model) : s)));
  const without = buildPipeline(stages.filter((s) => s.name !== "syntax"));
  const sample = articles.slice(0, 40);
  const run = (pipeline: typeof without) => () => {
    for (const [i, text] of sample.entries())
      pipeline.run(createDoc(`p${i}`, text, { origin: "bench", published: "2021-06-28" }));
  };
  run(withSyntax)();
  run(without)();
  const ms = { with: cpuMs(run(withSyntax)), without: cpuMs(run(without)) };
  const rate = (t: number) => ((sample.length / t) * 1000).toFixed(1);
  console.log(
    `pipeline with syntax:    ${rate(ms.with)} articles/s/core; without: ${rate(ms.without)} articles/s/core`,
  );
}

const roundsFlag = process.argv.indexOf("--rounds");
runBench(roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 3);
