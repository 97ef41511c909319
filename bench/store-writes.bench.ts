// Store writes: what ingest asks of the store per document (findNearDuplicate, then saveDocument) against a
// raw baseline, better-sqlite3 prepared inserts of the very same rows (fingerprint and JSON made beforehand,
// one transaction per document), in the same process, interleaved rounds into fresh files; the median round
// is reported as events per CPU-second (user + system). The document is the invented report through the
// real pipeline (about 335 spans, 10 events, claims); each copy gets new ids and its words shuffled, so no
// copy is a near-duplicate of another (the near-duplicate lookup then finds no candidates, as for new news).
// Run on demand: `npx tsx bench/store-writes.bench.ts [--docs 2000] [--rounds 3]`. Not part of the tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { eventRow } from "../src/store/shared-events.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { type Copy, cpuSeconds, makeCopies, median, prepareRawSave, rawRows } from "./store-write-copies.js";

const arg = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const docCount = arg("--docs", 2000);
const rounds = arg("--rounds", 3);

async function timeStore(copies: Copy[]): Promise<number> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "store.db"));
  const started = process.cpuUsage();
  for (const { doc, events } of copies) {
    if (await store.findNearDuplicate(doc.text)) throw new Error(`${doc.id} found as a near-duplicate`);
    if ((await store.saveDocument(doc, events)) !== "stored") throw new Error(`${doc.id} not stored`);
  }
  const cpu = cpuSeconds(started);
  await store.close();
  return cpu;
}

/** The same rows as saveDocument writes, prepared once, in one transaction per document. */
async function timeRaw(copies: Copy[]): Promise<number> {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "raw.db");
  (await openSqliteStore(path)).close(); // the same schema, made by the migrations
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  const saveOne = prepareRawSave(sqlite, Object.keys(eventRow(copies[0]!.events[0]!)));
  const rows = copies.map(rawRows);
  const started = process.cpuUsage();
  for (const r of rows) saveOne(r);
  const cpu = cpuSeconds(started);
  sqlite.close();
  return cpu;
}

const copies = makeCopies(docCount);
const eventCount = copies.reduce((n, c) => n + c.events.length, 0);
const spans = Object.values(copies[0]!.doc.layers).reduce((n, l) => n + (l?.length ?? 0), 0);
console.log(`${docCount} documents, ${eventCount} events, ${spans} spans a document`);
await timeStore(copies.slice(0, 200)); // warm-up: JIT, the lazily loaded modules
const store: number[] = [];
const raw: number[] = [];
for (let round = 0; round < rounds; round++) {
  raw.push(await timeRaw(copies));
  store.push(await timeStore(copies));
  console.log(
    `round ${round + 1}: store ${(eventCount / store.at(-1)!).toFixed(0)} events/CPU-s, raw ${(eventCount / raw.at(-1)!).toFixed(0)} events/CPU-s`,
  );
}
const [s, r] = [eventCount / median(store), eventCount / median(raw)];
console.log(
  `median: store ${s.toFixed(0)} events/CPU-s (${((median(store) / docCount) * 1000).toFixed(2)} ms/document), raw ${r.toFixed(0)} events/CPU-s, ratio raw/store ${(r / s).toFixed(2)}`,
);
