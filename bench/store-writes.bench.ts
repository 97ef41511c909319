// Store writes: what ingest asks of the store per document (findNearDuplicate, then saveDocument) against a
// raw baseline, better-sqlite3 prepared inserts of the very same rows (fingerprint and JSON made beforehand,
// one transaction per document), in the same process, interleaved rounds into fresh files; the median round
// is reported as events per CPU-second (user + system). The document is the invented report through the
// real pipeline (about 335 spans, 10 events, claims); each copy gets new ids and its words shuffled, so no
// copy is a near-duplicate of another (the near-duplicate lookup then finds no candidates, as for new news).
// `--per-commit 1,50` times each listed number of documents per commit (ingest's batches, `paceCommits`; the raw
// inserts nest one transaction per document in the batch's, as the store's savepoints do).
// Run on demand: `npx tsx bench/store-writes.bench.ts [--docs 2000] [--rounds 3] [--per-commit 1,50]`. Not part of the tests.
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { eventRow } from "../src/store/shared-events.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { paceCommits } from "../src/store/write-batch.js";
import {
  type Copy,
  cpuSeconds,
  makeCopies,
  median,
  prepareIndexQueue,
  prepareRawSave,
  type RawRows,
  rawRows,
} from "./store-write-copies.js";

const arg = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const docCount = arg("--docs", 2000);
const rounds = arg("--rounds", 3);
const perCommit = process.argv.includes("--per-commit")
  ? process.argv[process.argv.indexOf("--per-commit") + 1]!.split(",").map(Number)
  : [1];

async function timeStore(copies: Copy[], documents = 1): Promise<number> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "store.db"));
  const commits = paceCommits(store.writeBatch, { documents, ms: Number.POSITIVE_INFINITY });
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

/** The same rows as saveDocument writes, prepared once, in one transaction per document. */
async function timeRaw(copies: Copy[], documents = 1): Promise<number> {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "raw.db");
  (await openSqliteStore(path)).close(); // the same schema, made by the migrations
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // As the store's connection (sqlite.ts): each document's savepoint keeps its sub-journal in memory.
  sqlite.pragma("temp_store = MEMORY");
  const saveOne = prepareRawSave(sqlite, Object.keys(eventRow(copies[0]!.events[0]!)));
  const indexQueue = prepareIndexQueue(sqlite);
  const saveBatch = sqlite.transaction((batch: RawRows[]) => {
    for (const r of batch) saveOne(r);
    indexQueue(); // as the store, before each commit
  });
  const rows = copies.map(rawRows);
  const started = process.cpuUsage();
  for (let i = 0; i < rows.length; i += documents) saveBatch(rows.slice(i, i + documents));
  const cpu = cpuSeconds(started);
  sqlite.close();
  return cpu;
}

const copies = makeCopies(docCount);
const eventCount = copies.reduce((n, c) => n + c.events.length, 0);
const spans = Object.values(copies[0]!.doc.layers).reduce((n, l) => n + (l?.length ?? 0), 0);
const load = () => loadavg()[0]!.toFixed(1);
console.log(`${docCount} documents, ${eventCount} events, ${spans} spans a document; load average ${load()}`);
await timeStore(copies.slice(0, 200)); // warm-up: JIT, the lazily loaded modules
const times = new Map(perCommit.map((n) => [n, { store: [] as number[], raw: [] as number[] }]));
const rate = (cpu: number) => (eventCount / cpu).toFixed(0);
for (let round = 0; round < rounds; round++) {
  for (const [n, { store, raw }] of times) {
    raw.push(await timeRaw(copies, n));
    store.push(await timeStore(copies, n));
    console.log(
      `round ${round + 1}, ${n} per commit: store ${rate(store.at(-1)!)} events/CPU-s, raw ${rate(raw.at(-1)!)} events/CPU-s (load ${load()})`,
    );
  }
}
for (const [n, { store, raw }] of times) {
  const [s, r] = [eventCount / median(store), eventCount / median(raw)];
  console.log(
    `median, ${n} document(s) per commit: store ${s.toFixed(0)} events/CPU-s (${((median(store) / docCount) * 1000).toFixed(2)} ms/document), raw ${r.toFixed(0)} events/CPU-s, ratio raw/store ${(r / s).toFixed(2)}`,
  );
}
console.log(`load average at the end ${load()}`);
