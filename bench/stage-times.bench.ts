// One stage's speed against a baseline's, without the noise of the other stages: each side runs its own
// pipeline up to the stage once (untimed), then the stage alone over the prepared documents, round after
// round, the two sides interleaved report by report (the order alternating), so both see the same machine
// load. The reports: the distinct real ones (distinct-reports.ts), or with `--bench` the pipeline bench's
// 20 articles, repeated `--rounds` times. CPU time of this process; prints each round's ratio and the median.
// Run on demand: `npx tsx bench/stage-times.bench.ts --stage entities --baseline ../main [--rounds 5] [--bench]
// [--baseline-first]`.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Doc } from "../src/doc.js";
import type { Stage } from "../src/stage.js";
import { readSeedArticle } from "../src/testing/fixtures.js";
import { median } from "./cpu-time.js";
import { type Report, readReports } from "./distinct-reports.js";
import { rotateIntoArticles } from "./make-articles.js";

type Side = { stage: Stage; docs: Doc[]; spent: number };

/** The checkout's stage `name` and the reports' documents as its earlier stages leave them. */
async function prepareSide(root: string, name: string, reports: readonly Report[]): Promise<Side> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [{ createDoc }, { buildStages }, { loadResources }] = await Promise.all(
    ["src/doc.ts", "src/pipeline.ts", "src/resources.ts"].map(load),
  );
  const stages: Stage[] = buildStages(loadResources());
  const at = stages.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no stage "${name}": ${stages.map((s) => s.name).join(", ")}`);
  const docs = reports.map((r) =>
    stages
      .slice(0, at)
      .reduce((doc, stage) => stage.run(doc), createDoc(r.id, r.text, { origin: "bench", published: r.published })),
  );
  for (const doc of docs) stages[at].run(doc); // warm-up, and the stage's own loading
  return { stage: stages[at], docs, spent: 0 };
}

function timeOnce(side: Side, i: number): void {
  const start = process.cpuUsage();
  side.stage.run(side.docs[i]);
  const used = process.cpuUsage(start);
  side.spent += (used.user + used.system) / 1000;
}

async function runBench(
  name: string,
  baseline: string,
  rounds: number,
  isBench: boolean,
  baselineFirst: boolean,
): Promise<void> {
  const reports = isBench
    ? rotateIntoArticles(readSeedArticle(), 20).map((text, i) => ({ id: `p${i}`, text, published: "2021-06-28" }))
    : readReports();
  // The side loaded second can run slower (the syntax stage 2.4x, whichever checkout it is): `--baseline-first`
  // loads the baseline first, so that a ratio can be read from both orders.
  const mine = () => prepareSide(resolve(import.meta.dirname, ".."), name, reports);
  const theirs = () => prepareSide(resolve(baseline), name, reports);
  const sides = baselineFirst ? [await theirs(), await mine()].reverse() : [await mine(), await theirs()];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const side of sides) side.spent = 0;
    for (let i = 0; i < reports.length; i++) for (const side of i % 2 ? [...sides].reverse() : sides) timeOnce(side, i);
    ratios.push(sides[1].spent / sides[0].spent);
    const perDoc = sides.map((s) => (s.spent / reports.length).toFixed(3));
    console.log(
      `round ${round + 1}: ${name} ms a report, this / baseline: ${perDoc.join(" / ")}; ratio ${ratios.at(-1)?.toFixed(3)}`,
    );
  }
  console.log(`${reports.length} reports; median ratio ${median(ratios).toFixed(3)}`);
}

const flag = (option: string) => {
  const at = process.argv.indexOf(option);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const stageName = flag("--stage");
const baselineDir = flag("--baseline");
if (!stageName || !baselineDir) throw new Error("usage: --stage NAME --baseline DIR [--rounds N] [--bench]");
await runBench(
  stageName,
  baselineDir,
  Number(flag("--rounds") ?? 5),
  process.argv.includes("--bench"),
  process.argv.includes("--baseline-first"),
);
