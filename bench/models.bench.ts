// Model speed: the tagger, the parser (transitions + arc labeller) and the NER recogniser, alone and
// together, against bare Intl.Segmenter word segmentation of the same text, interleaved round by round in
// the same process so that machine load hits every side alike. Times are CPU time of this process (user +
// system), i.e. per core; the median round is reported. Tokenising is not timed for the models (each gets
// its tokens cut beforehand), so the figures are the models' own cost. Goal (issue #18): tagger + parser +
// NER together >= 20,000 tokens/s on one core.
// The text: the `# text` lines of ../shared/eval/ud-ewt, one sentence each, 2,000 sentences in 30 "articles"
// of about 700 words (the NER reads a document's sentences together; the tagger and parser run over an
// article's sentences in turn, as the syntax stage does).
// Last, the whole pipeline's articles per CPU second (every stage after clean, NER included) with and
// without the syntax stage after sentences (goal: >= 40 on 700-word articles).
// Run on demand: `npx tsx bench/models.bench.ts [--rounds 5] [--beam N] [--net]`. Not part of the tests.
// `--net` adds the feed-forward transition scorer (models/syntax-parser-net.bin) beside the perceptron.
import { readFileSync } from "node:fs";
import { createDoc } from "../src/doc.js";
import { buildPipeline, buildStages, type Pipeline } from "../src/pipeline.js";
import { loadResources } from "../src/resources.js";
import { createSyntaxStage } from "../src/stages/syntax/index.js";
import { sharedPath } from "../src/testing/fixtures.js";
import { tagDocument } from "../src/text/ner/tag-document.js";
import { tokenize } from "../src/text/ner/tokenize.js";
import { analyzeSentences } from "../src/text/syntax/analyze-words.js";
import { loadNetSyntaxModel } from "../src/text/syntax/load-net-parser.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { findSentenceAtoms, tagWords } from "../src/text/syntax/tag-words.js";
import { tokenizeSentence } from "../src/text/tokenize-sentence.js";
import { cpuMs, median } from "./cpu-time.js";
import { groupIntoArticles, readUdSentences } from "./make-articles.js";

function runBench(rounds: number, beam: number | undefined, withNet: boolean): void {
  const articles = groupIntoArticles(readUdSentences(sharedPath("eval", "ud-ewt")));
  const model = loadSyntaxModel();
  if (beam !== undefined) model.parser.beamWidth = beam;
  const netModel = withNet ? loadNetSyntaxModel() : undefined;
  const resources = loadResources();
  const { ner } = resources;
  // Each model's own tokens: UD/PTB words for the tagger and parser, CoNLL tokens for the recogniser.
  const udDocuments = articles.map((lines) => lines.map((line) => tokenizeSentence(line).map((t) => t.text)));
  const udSentences = udDocuments.flat();
  const nerDocuments = articles.map((lines) => lines.map((line) => tokenize(line).map((t) => t.text)));
  const tokens = udSentences.reduce((sum, s) => sum + s.length, 0);
  const segmenter = new Intl.Segmenter("en", { granularity: "word" });
  const work: Record<string, () => void> = {
    segmenter: () => {
      for (const lines of articles)
        for (const line of lines) for (const s of segmenter.segment(line)) if (s.isWordLike) s.segment.length;
    },
    tagger: () => {
      for (const words of udSentences) tagWords(words, model.tagger, findSentenceAtoms(words, model.tagger));
    },
    "tagger + parser": () => {
      for (const sentences of udDocuments) analyzeSentences(sentences, model);
    },
    ner: () => {
      for (const sentences of nerDocuments) tagDocument(sentences, ner);
    },
    together: () => {
      for (const sentences of udDocuments) analyzeSentences(sentences, model);
      for (const sentences of nerDocuments) tagDocument(sentences, ner);
    },
  };
  if (netModel) {
    work["tagger + net"] = () => {
      for (const sentences of udDocuments) analyzeSentences(sentences, netModel);
    };
    work["together (net)"] = () => {
      for (const sentences of udDocuments) analyzeSentences(sentences, netModel);
      for (const sentences of nerDocuments) tagDocument(sentences, ner);
    };
  }
  for (const run of Object.values(work)) run();
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(work).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (const [name, run] of Object.entries(work)) times[name].push(cpuMs(run));
  const ms = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
  // The parser alone: tagger + parser minus the tagger (they share the word atoms).
  ms.parser = ms["tagger + parser"] - ms.tagger;
  if (netModel) ms["net parser"] = ms["tagger + net"] - ms.tagger;
  console.log(
    `${articles.length} articles, ${udSentences.length} sentences, ${tokens} UD tokens; beam width ${model.parser.beamWidth}; ${rounds} rounds (median CPU time)`,
  );
  console.log(
    `load average ${process.platform === "linux" ? readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "?"}, Node ${process.version}`,
  );
  const extra = netModel ? ["net parser", "tagger + net", "together (net)"] : [];
  for (const name of ["segmenter", "tagger", "parser", "tagger + parser", "ner", "together", ...extra]) {
    const rate = (tokens / ms[name]) * 1000;
    const ratio = ms[name] / ms.segmenter;
    console.log(
      `${name.padEnd(16)} ${ms[name].toFixed(0).padStart(6)} ms/round ${rate.toFixed(0).padStart(9)} tokens/s   ${ratio.toFixed(1).padStart(5)}x segmenter's time`,
    );
  }
  timePipeline(
    articles.map((lines) => lines.join("\n")),
    { with: withSyntax(buildStages(resources), model), without: buildPipeline(buildStages(resources)) },
  );
}

function withSyntax(stages: ReturnType<typeof buildStages>, model: ReturnType<typeof loadSyntaxModel>): Pipeline {
  const [sentences, ...rest] = stages;
  return buildPipeline([sentences, createSyntaxStage(() => model), ...rest]);
}

function timePipeline(articles: readonly string[], pipelines: Record<"with" | "without", Pipeline>): void {
  const run = (pipeline: Pipeline) => () => {
    for (const [i, text] of articles.entries())
      pipeline.run(createDoc(`p${i}`, text, { origin: "bench", published: "2021-06-28" }));
  };
  run(pipelines.with)();
  run(pipelines.without)();
  const rate = (pipeline: Pipeline) => ((articles.length / cpuMs(run(pipeline))) * 1000).toFixed(1);
  console.log(
    `pipeline (NER in): ${rate(pipelines.without)} articles/s/core without syntax, ${rate(pipelines.with)} with`,
  );
}

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
};
runBench(flag("--rounds") ?? 3, flag("--beam"), process.argv.includes("--net"));
