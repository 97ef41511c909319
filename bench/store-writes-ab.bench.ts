// Store writes, A/B in one process: this checkout's SQLite store against another checkout's (a copy of main, say),
// saving the same copies as store-writes.bench.ts, rounds interleaved, so that the load of a shared machine falls on
// both alike. Prints each round's events per CPU-second and the median ratio this / other.
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

async function timeStore(open: Open, copies: Copy[]): Promise<number> {
  const store = await open(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "store.db"));
  const commits = paceCommits(store.writeBatch, { documents: perCommit, ms: Number.POSITIVE_INFINITY });
  const started = process.cpuUsage();
  for (const { doc, events } of copies) {
    await commits.beforeDocument();
    if (await store.findNearDuplicate(doc.text)) throw new Error(`${doc.id} found as a near-duplicate`);
    if ((await store.saveDocument(doc, events)) !== "stored") throw new Error(`${doc.id} not stored`);
    await commits.afterDocument();
  }
  await commits.finish();
  const cpu = cpuSeconds(started);
  await store.close();
  return cpu;
}

const copies = makeCopies(docCount);
const eventCount = copies.reduce((n, c) => n + c.events.length, 0);
const load = () => loadavg()[0]!.toFixed(1);
console.log(`${docCount} documents, ${eventCount} events, ${perCommit} a commit; other = ${other}; load ${load()}`);
for (const [, open] of stores) await timeStore(open, copies.slice(0, 200)); // warm-up
const times = stores.map(() => [] as number[]);
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first: the second of a pair may find the machine warmer or busier.
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const i of order) times[i]!.push(await timeStore(stores[i]![1], copies));
  ratios.push(times[1]!.at(-1)! / times[0]!.at(-1)!);
  const rates = times.map((t) => (eventCount / t.at(-1)!).toFixed(0));
  console.log(`round ${round + 1}: this ${rates[0]}, other ${rates[1]} events/CPU-s (load ${load()})`);
}
const [mine, theirs] = times.map((t) => eventCount / median(t));
console.log(
  `median: this ${mine!.toFixed(0)} (${((median(times[0]!) / docCount) * 1000).toFixed(2)} ms/document), other ${theirs!.toFixed(0)} events/CPU-s; this / other ${median(ratios).toFixed(3)} (median of the rounds' ratios)`,
);
