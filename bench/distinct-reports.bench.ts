// Whole-pipeline speed on distinct real reports, the honest figure beside pipeline.bench.ts (which repeats 20
// articles, so every cross-document memo hits): LGL's local news articles, WikiEvents dev's conflict reports
// and every eighth PolNeAR training text (political news of ~900 words), each run once a round. With
// `--baseline DIR` each report is run by this checkout and by the baseline's back to back (the order
// alternating), so both see the same load; CPU time of this process, summed a side, a round.
// The checkout loaded second can run slower (pipeline.bench.ts): `--baseline-first` loads the baseline first.
// The ratio is baseline CPU over this checkout's (above 1: this checkout is faster), whichever loaded first.
// Run on demand: `npx tsx bench/distinct-reports.bench.ts [--rounds 2] [--baseline ../main] [--baseline-first]`.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Doc } from "../src/doc.js";
import { type Report, readReports } from "./distinct-reports.js";

type Side = { name: string; run: (report: Report) => Doc; spent: number };

async function loadSide(root: string, name: string): Promise<Side> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [{ createDoc }, { buildPipeline, buildStages }, { loadResources }] = await Promise.all(
    ["src/doc.ts", "src/pipeline.ts", "src/resources.ts"].map(load),
  );
  const pipeline = buildPipeline(buildStages(loadResources()));
  const run = (r: Report) => pipeline.run(createDoc(r.id, r.text, { origin: "bench", published: r.published }));
  return { name, run, spent: 0 };
}

function timeOnce(side: Side, report: Report): void {
  const start = process.cpuUsage();
  side.run(report);
  const used = process.cpuUsage(start);
  side.spent += (used.user + used.system) / 1000;
}

async function runBench(rounds: number, baseline: string | undefined, baselineFirst: boolean): Promise<void> {
  const reports = readReports();
  const words = reports.reduce((sum, r) => sum + r.text.split(/\s+/).length, 0);
  const mine = () => loadSide(resolve(import.meta.dirname, ".."), "this checkout");
  const sides =
    baseline && baselineFirst ? [await loadSide(resolve(baseline), "baseline"), await mine()] : [await mine()];
  if (baseline && !baselineFirst) sides.push(await loadSide(resolve(baseline), "baseline"));
  console.log(`loaded first: ${sides[0].name}`);
  for (const side of sides) side.run(reports[0]);
  for (let round = 0; round < rounds; round++) {
    for (const side of sides) side.spent = 0;
    for (const [i, report] of reports.entries())
      for (const side of i % 2 === 0 ? sides : [...sides].reverse()) timeOnce(side, report);
    const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    const rates = sides.map((s) => `${s.name} ${((reports.length / s.spent) * 1000).toFixed(1)} reports/s/core`);
    const [theirs, ours] = sides[0].name === "baseline" ? sides : [...sides].reverse();
    const ratio = sides.length > 1 ? `; ratio baseline / this ${(theirs.spent / ours.spent).toFixed(3)}` : "";
    console.log(
      `round ${round + 1}: ${reports.length} reports, ${words} words, load ${load}: ${rates.join(", ")}${ratio}`,
    );
  }
}

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
await runBench(Number(flag("--rounds") ?? 2), flag("--baseline"), process.argv.includes("--baseline-first"));
