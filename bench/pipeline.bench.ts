// Whole-pipeline speed (every stage after clean, NER and syntax in) on news articles: the syntax stage
// parsing only the sentences with an event candidate (as STAGES does), every sentence, or none. The
// articles are the seed report's paragraphs rotated and cut to about 700 words, 20 of them: dense with
// trigger words, so a worst case for parsing only event sentences. CPU time of this process (user +
// system), i.e. per core; median of the rounds. Then as many rounds of the first pipeline with each
// stage timed, to say where the time goes. Goal (issue #18): >= 40 articles/s/core.
// `--baseline DIR` runs the same pipelines from another checkout (e.g. main's) in the same process,
// round by round interleaved with this one's, so a change is measured against its baseline under the
// same machine load. The checkout loaded second can run slower whichever it is (session 15 measured the
// syntax stage 2.4x slower in the second copy), so `--baseline-first` loads the baseline first: read a
// change's ratio both ways and take the two together.
// Each rate line also splits the CPU an article into the main thread's and V8's helper threads' (TurboFan
// compiling, concurrent GC). After one warm-up round the JIT is still compiling for hundreds of articles, and
// those threads then hold a third of the CPU (session 21); `--warmup N` runs N warm-up rounds of every
// pipeline first (default 1), to measure the steady state a long run reaches.
// Run on demand: `npx tsx bench/pipeline.bench.ts [--rounds 3] [--warmup 1] [--baseline ../main] [--baseline-first]`.
// Not part of the tests.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Doc } from "../src/doc.js";
import type { Stage } from "../src/stage.js";
import { readSeedArticle } from "../src/testing/fixtures.js";
import { cpuMsSplit, median } from "./cpu-time.js";
import { ARTICLE_WORDS, rotateIntoArticles } from "./make-articles.js";

const ARTICLES = 20;

type Run = (doc: Doc) => Doc;
type Code = {
  createDoc: typeof import("../src/doc.js").createDoc;
  buildPipeline: typeof import("../src/pipeline.js").buildPipeline;
  buildStages: typeof import("../src/pipeline.js").buildStages;
  loadResources: typeof import("../src/resources.js").loadResources;
  createSyntaxStage: typeof import("../src/stages/syntax/index.js").createSyntaxStage;
};

/** The modules of the checkout at `root` (this one, or a baseline's). */
async function importCode(root: string): Promise<Code> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [doc, pipeline, resources, syntax] = await Promise.all(
    ["src/doc.ts", "src/pipeline.ts", "src/resources.ts", "src/stages/syntax/index.ts"].map(load),
  );
  return { ...doc, ...pipeline, ...resources, ...syntax };
}

/** The three pipelines of one checkout, as functions over the articles, and the stages of the first. */
function makePipelines(code: Code, prefix: string) {
  const resources = code.loadResources();
  const stages: Stage[] = code.buildStages(resources);
  const swapSyntax = (syntax: Stage | null) =>
    code.buildPipeline(stages.flatMap((s) => (s.name !== "syntax" ? [s] : syntax ? [syntax] : [])));
  const pipelines: Record<string, Run> = {
    [`${prefix}event sentences parsed`]: code.buildPipeline(stages).run,
    [`${prefix}every sentence parsed`]: swapSyntax(code.createSyntaxStage(() => resources.syntax)).run,
    [`${prefix}no syntax stage`]: swapSyntax(null).run,
  };
  return { pipelines, stages, buildPipeline: code.buildPipeline, createDoc: code.createDoc };
}

/** CPU ms per article of each stage over one round (the timer's own cost is left out of the rates above). */
function timeStages(made: ReturnType<typeof makePipelines>, articles: string[]): Map<string, number> {
  const spent = new Map<string, number>();
  const timed = made.stages.map((stage) => ({
    ...stage,
    run: (doc: Doc) => {
      const start = process.cpuUsage();
      const result = stage.run(doc);
      const used = process.cpuUsage(start);
      spent.set(stage.name, (spent.get(stage.name) ?? 0) + (used.user + used.system) / 1000 / articles.length);
      return result;
    },
  }));
  const pipeline = made.buildPipeline(timed);
  for (const [i, text] of articles.entries())
    pipeline.run(made.createDoc(`s${i}`, text, { origin: "bench", published: "2021-06-28" }));
  return spent;
}

/** How much the first pipeline parses: the `parsed` layer's sentences (when the checkout makes it) and tokens. */
function describeParse(made: ReturnType<typeof makePipelines>, articles: string[]): string {
  const pipeline = made.buildPipeline(made.stages);
  const docs = articles.map((text, i) =>
    pipeline.run(made.createDoc(`c${i}`, text, { origin: "bench", published: "2021-06-28" })),
  );
  const count = (layer: "sentences" | "parsed" | "tokens") =>
    docs.reduce((sum, doc) => sum + (doc.layers[layer]?.length ?? 0), 0);
  const parsed = docs.some((doc) => doc.layers.parsed) ? `${count("parsed")} of ` : "(no parsed layer) ";
  return `parsed: ${parsed}${count("sentences")} sentences, ${count("tokens")} tokens`;
}

async function runBench(
  rounds: number,
  warmup: number,
  baseline: string | undefined,
  baselineFirst: boolean,
): Promise<void> {
  const articles = rotateIntoArticles(readSeedArticle(), ARTICLES);
  const checkouts = [{ root: resolve(import.meta.dirname, ".."), prefix: "", label: "this checkout" }];
  if (baseline) checkouts.push({ root: resolve(baseline), prefix: "baseline: ", label: "baseline" });
  if (baselineFirst) checkouts.reverse();
  const sides: (ReturnType<typeof makePipelines> & { label: string })[] = [];
  for (const { root, prefix, label } of checkouts)
    sides.push({ ...makePipelines(await importCode(root), prefix), label });
  console.log(`loaded first: ${sides[0]?.label}`);
  const pipelines = Object.assign({}, ...sides.map((side) => side.pipelines)) as Record<string, Run>;
  const run = (pipeline: Run, createDoc: Code["createDoc"]) => () => {
    for (const [i, text] of articles.entries())
      pipeline(createDoc(`p${i}`, text, { origin: "bench", published: "2021-06-28" }));
  };
  const runs = Object.fromEntries(
    sides.flatMap((side) => Object.entries(side.pipelines).map(([name, p]) => [name, run(p, side.createDoc)])),
  );
  for (let round = 0; round < warmup; round++) for (const work of Object.values(runs)) work();
  const times: Record<string, { total: number; main?: number }[]> = Object.fromEntries(
    Object.keys(pipelines).map((name) => [name, []]),
  );
  for (let round = 0; round < rounds; round++)
    for (const [name, work] of Object.entries(runs)) times[name].push(cpuMsSplit(work));
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`${articles.length} articles of ~${ARTICLE_WORDS} words; load average ${load}; Node ${process.version}`);
  console.log(
    `${warmup} warm-up round(s); CPU ms an article: main thread + V8's helper threads, medians of the rounds`,
  );
  for (const [name, t] of Object.entries(times)) console.log(`${name.padEnd(34)} ${describeRate(t, articles.length)}`);
  // The stages timed over as many rounds again, the sides interleaved; each stage's median round.
  const stageRounds = Array.from({ length: rounds }, () => sides.map((side) => timeStages(side, articles)));
  for (const [i, side] of sides.entries()) {
    console.log(describeParse(side, articles));
    const spent = side.stages.map((s) => [s.name, median(stageRounds.map((r) => r[i].get(s.name) ?? 0))] as const);
    const total = spent.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`per stage (${side.label}, event sentences parsed), CPU ms/article:`);
    for (const [name, ms] of spent)
      console.log(`  ${name.padEnd(10)} ${ms.toFixed(2).padStart(6)}  ${((100 * ms) / total).toFixed(0).padStart(3)}%`);
  }
}

/** Articles/s/core from the median round, and how the CPU of an article splits between the threads. */
function describeRate(rounds: { total: number; main?: number }[], articles: number): string {
  const rate = `${((articles / median(rounds.map((r) => r.total))) * 1000).toFixed(1)} articles/s/core`;
  if (rounds.some((r) => r.main === undefined)) return rate;
  const main = median(rounds.map((r) => r.main ?? 0)) / articles;
  const helpers = median(rounds.map((r) => r.total - (r.main ?? 0))) / articles;
  return `${rate}  (${main.toFixed(1)} + ${helpers.toFixed(1)} ms)`;
}

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
await runBench(
  Number(flag("--rounds") ?? 3),
  Number(flag("--warmup") ?? 1),
  flag("--baseline"),
  process.argv.includes("--baseline-first"),
);
