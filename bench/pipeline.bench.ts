// Whole-pipeline speed (every stage after clean, NER and syntax in) on news articles: the syntax stage
// parsing only the sentences with an event candidate (as STAGES does), every sentence, or none. The
// articles are the seed report's paragraphs rotated and cut to about 700 words, 20 of them: dense with
// trigger words, so a worst case for parsing only event sentences. CPU time of this process (user +
// system), i.e. per core; median of the rounds. Goal (issue #18): >= 40 articles/s/core; this branch's
// floor: >= 26 with the chosen sentences parsed.
// Run on demand: `npx tsx bench/pipeline.bench.ts [--rounds 3]`. Not part of the tests.
import { readFileSync } from "node:fs";
import { createDoc } from "../src/doc.js";
import { buildPipeline, buildStages, type Pipeline } from "../src/pipeline.js";
import { loadResources } from "../src/resources.js";
import { createSyntaxStage } from "../src/stages/syntax/index.js";
import { readSeedArticle } from "../src/testing/fixtures.js";

const ARTICLES = 20;
const ARTICLE_WORDS = 700;

function makeArticles(seed: string): string[] {
  const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return Array.from({ length: ARTICLES }, (_, i) => {
    const rotated = [...paragraphs.slice(i % paragraphs.length), ...paragraphs.slice(0, i % paragraphs.length)];
    const kept: string[] = [];
    let words = 0;
    for (const paragraph of rotated) {
      if (words >= ARTICLE_WORDS) break;
      kept.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    return kept.join("\n\n");
  });
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function runBench(rounds: number): void {
  const articles = makeArticles(readSeedArticle());
  const resources = loadResources();
  const stages = buildStages(resources);
  const swapSyntax = (syntax: (typeof stages)[number] | null) =>
    buildPipeline(stages.flatMap((s) => (s.name !== "syntax" ? [s] : syntax ? [syntax] : [])));
  const pipelines: Record<string, Pipeline> = {
    "event sentences parsed": buildPipeline(stages),
    "every sentence parsed": swapSyntax(createSyntaxStage(() => resources.syntax)),
    "no syntax stage": swapSyntax(null),
  };
  const run = (pipeline: Pipeline) => () => {
    for (const [i, text] of articles.entries())
      pipeline.run(createDoc(`p${i}`, text, { origin: "bench", published: "2021-06-28" }));
  };
  for (const pipeline of Object.values(pipelines)) run(pipeline)();
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(pipelines).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (const [name, pipeline] of Object.entries(pipelines)) times[name].push(cpuMs(run(pipeline)));
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`${articles.length} articles of ~${ARTICLE_WORDS} words; load average ${load}; Node ${process.version}`);
  for (const [name, t] of Object.entries(times))
    console.log(`${name.padEnd(24)} ${((articles.length / median(t)) * 1000).toFixed(1)} articles/s/core`);
}

const at = process.argv.indexOf("--rounds");
runBench(at > 0 ? Number(process.argv[at + 1]) : 3);
