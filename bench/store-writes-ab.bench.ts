// Store writes, A/B in one process: this checkout's SQLite store against another checkout's (a copy of main, say),
// saving the same copies as store-writes.bench.ts into two fresh files side by side, one commit's documents into each
// in turn (the order alternating), so that the load of a shared machine falls on both alike. Prints each round's events per CPU-second and the median ratio this / other.
// Run on demand: `npx tsx bench/store-writes-ab.bench.ts --other /tmp/main-copy [--docs 1000] [--rounds 5]
// [--per-commit 50]` (the other checkout needs its node_modules). Not part of the tests.
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Store } from "../src/store/store.js";
import { paceCommits } from "../src/store/write-batch.js";
import { type Copy, cpuSeconds, makeCopies, median } from "./store-write-copies.js";

const arg = (name: string, fallback: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback;
const other = resolve(arg("--other", ""));
const docCount = Number(arg("--docs", "1000"));
const rounds = Number(arg("--rounds", "5"));
const perCommit = Number(arg("--per-commit", "50"));

type Open = (path: string) => Promise<Store>;
const stores: [string, Open][] = [
  ["this", (await import("../src/store/sqlite.js")).openSqliteStore],
  ["other", (await import(join(other, "src/store/sqlite.ts"))).openSqliteStore],
];

type Writer = { store: Store; commits: ReturnType<typeof paceCommits>; cpu: number };

async function openWriter(open: Open): Promise<Writer> {
  const store = await open(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "store.db"));
  return {
    store,
    commits: paceCommits(store.writeBatch, { documents: perCommit, ms: Number.POSITIVE_INFINITY }),
    cpu: 0,
  };
}

/** One commit's documents into one store, its CPU added to the writer's. */
async function saveBatch(writer: Writer, batch: Copy[]): Promise<void> {
  const { store, commits } = writer;
  const started = process.cpuUsage();
  for (const { doc, events } of batch) {
    await commits.beforeDocument();
    if (await store.findNearDuplicate(doc.text)) throw new Error(`${doc.id} found as a near-duplicate`);
    if ((await store.saveDocument(doc, events)) !== "stored") throw new Error(`${doc.id} not stored`);
    await commits.afterDocument();
  }
  await commits.finish();
  writer.cpu += cpuSeconds(started);
}

/** Both stores fill fresh files side by side, commit by commit in alternating order: the CPU each spent. */
async function timeRound(copies: Copy[]): Promise<number[]> {
  const writers = await Promise.all(stores.map(([, open]) => openWriter(open)));
  for (let i = 0, n = 0; i < copies.length; i += perCommit, n++) {
    const batch = copies.slice(i, i + perCommit);
    for (const w of n % 2 === 0 ? writers : [...writers].reverse()) await saveBatch(w, batch);
  }
  for (const w of writers) await w.store.close();
  return writers.map((w) => w.cpu);
}

const copies = makeCopies(docCount);
const eventCount = copies.reduce((n, c) => n + c.events.length, 0);
const load = () => loadavg()[0]!.toFixed(1);
console.log(`${docCount} documents, ${eventCount} events, ${perCommit} a commit; other = ${other}; load ${load()}`);
await timeRound(copies.slice(0, 200)); // warm-up
const times = stores.map(() => [] as number[]);
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const cpu = await timeRound(copies);
  for (const [i, t] of cpu.entries()) times[i]!.push(t);
  ratios.push(cpu[1]! / cpu[0]!);
  const rates = cpu.map((t) => (eventCount / t).toFixed(0));
  console.log(`round ${round + 1}: this ${rates[0]}, other ${rates[1]} events/CPU-s (load ${load()})`);
}
const [mine, theirs] = times.map((t) => eventCount / median(t));
console.log(
  `median: this ${mine!.toFixed(0)} (${((median(times[0]!) / docCount) * 1000).toFixed(2)} ms/document), other ${theirs!.toFixed(0)} events/CPU-s; this / other ${median(ratios).toFixed(3)} (median of the rounds' ratios)`,
);
