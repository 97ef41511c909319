// Merge speed and memory at 10k and 100k synthetic event records (bench/synthetic-events.ts), each size in
// its own process so peak memory is that size's alone; reports the 100k/10k ratios (10 = linear) and, since
// the generator knows which records report one incident, the clustering's CoNLL F1 against that truth.
// Run on demand: `npx tsx bench/merge.bench.ts` (or `--size N` for one size). Not part of the tests.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { scoreConll } from "../eval/coref-metrics.js";
import { mergeEvents } from "../src/merge/merge-events.js";
import { generateEvents } from "./synthetic-events.js";

type SizeResult = {
  size: number;
  incidents: number;
  ms: number;
  cpuMs: number;
  peakMb: number;
  heapMb: number;
  conllF1: number;
};

function measureSize(size: number): SizeResult {
  const { events, incidentOf } = generateEvents(size);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const incidents = mergeEvents(events);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const truth = new Map<number, string[]>();
  for (const e of events)
    (
      truth.get(incidentOf.get(e.event_id)!) ??
      truth.set(incidentOf.get(e.event_id)!, []).get(incidentOf.get(e.event_id)!)!
    ).push(e.event_id);
  const conllF1 = scoreConll(
    [...truth.values()],
    incidents.map((i) => i.event_ids),
  ).conllF1;
  return { size, incidents: incidents.length, ms, cpuMs, peakMb, heapMb, conllF1 };
}

function runChild(size: number): SizeResult {
  const out = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--size", String(size)],
    { encoding: "utf8" },
  );
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split("\n").at(-1)!) as SizeResult;
}

const sizeArg = process.argv.indexOf("--size");
if (sizeArg > 0) {
  process.stdout.write(JSON.stringify(measureSize(Number(process.argv[sizeArg + 1]))) + "\n");
} else {
  const small = runChild(10_000);
  const large = runChild(100_000);
  for (const r of [small, large]) {
    console.log(
      `${r.size} records -> ${r.incidents} incidents: ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, peak RSS +${r.peakMb.toFixed(0)} MB, retained heap +${r.heapMb.toFixed(0)} MB, CoNLL F1 vs generator ${r.conllF1.toFixed(4)}`,
    );
  }
  console.log(
    `ratio 100k/10k: wall ${(large.ms / small.ms).toFixed(2)}x, CPU ${(large.cpuMs / small.cpuMs).toFixed(2)}x, peak memory ${(large.peakMb / small.peakMb).toFixed(2)}x, retained heap ${(large.heapMb / small.heapMb).toFixed(2)}x (10 = linear)`,
  );
}
