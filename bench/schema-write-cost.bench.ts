// Where SQLite's time goes when a document is stored: the raw prepared inserts of store-writes.bench.ts into the
// store's schema as the migrations make it, and into copies of it with one index, trigger or table taken away,
// interleaved round by round in one process. What a part costs is the CPU the inserts save without it.
// Run on demand: `npx tsx bench/schema-write-cost.bench.ts [--docs 400] [--rounds 3]`. Not part of the tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { eventRow } from "../src/store/shared-events.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import {
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
const docCount = arg("--docs", 400);
const rounds = arg("--rounds", 3);
/** Documents a commit, each in a savepoint of its own, as ingest's batches (store-writes.bench.ts). */
const perCommit = arg("--per-commit", 50);

/** Each variant: the SQL run on a freshly migrated store before the inserts, and a change to the rows. */
type Variant = { name: string; sql: (db: Database.Database) => string[]; rows?: (r: RawRows) => RawRows };

const objectsLike = (db: Database.Database, type: string, pattern: string) =>
  (
    db.prepare("select name from sqlite_master where type = ? and name like ?").all(type, pattern) as { name: string }[]
  ).map((r) => r.name);
const dropTriggers = (pattern: string) => (db: Database.Database) =>
  objectsLike(db, "trigger", pattern).map((n) => `drop trigger ${n}`);
/** Only those the schema still has (016 dropped events_date, events_iso3_date and SQLite's events_by_position). */
const dropIndexes = (names: string[]) => (db: Database.Database) =>
  names.filter((n) => objectsLike(db, "index", n).length > 0).map((n) => `drop index ${n}`);

const LIST_INDEXES = [
  "events_by_iso3",
  "events_by_admin1",
  "events_by_type",
  "events_by_sub_type",
  "events_by_status",
  "events_by_iso3_fatalities",
  "events_by_admin1_fatalities",
  "events_by_type_fatalities",
  "events_by_sub_type_fatalities",
];

const VARIANTS: Variant[] = [
  { name: "the schema as migrated", sql: () => [] },
  { name: "without the FTS5 search triggers (007)", sql: dropTriggers("events_fts_%") },
  { name: "without the trigram actor triggers (008)", sql: dropTriggers("events_actor_fts_%") },
  { name: "without the actor list triggers (014)", sql: dropTriggers("event_actor_sets_%") },
  { name: "without the R*Tree triggers (008)", sql: dropTriggers("events_rtree_%") },
  { name: "without the 9 filter indexes (007)", sql: dropIndexes(LIST_INDEXES) },
  { name: "without the two sort indexes (008)", sql: dropIndexes(["events_by_date", "events_by_fatalities"]) },
  {
    name: "without events_date, events_iso3_date, events_by_position",
    sql: dropIndexes(["events_date", "events_iso3_date", "events_by_position"]),
  },
  { name: "without the documents' spans", sql: () => [], rows: (r) => ({ ...r, spanLayers: [] }) },
  {
    name: "without the token layer",
    sql: () => [],
    rows: (r) => ({ ...r, spanLayers: r.spanLayers.filter((l) => l[1] !== "tokens") }),
  },
  {
    name: "a document's span layers in one row",
    sql: () => [],
    rows: (r) => ({
      ...r,
      spanLayers: [[r.spanLayers[0]![0], "all", `{${r.spanLayers.map((l) => `"${l[1]}":${l[2]}`).join(",")}}`]],
    }),
  },
  {
    name: "span_layers without rowid",
    sql: () => [
      "drop table span_layers",
      "create table span_layers (document_id text not null references documents (document_id) on delete cascade, layer text not null, spans text not null, primary key (document_id, layer)) without rowid",
    ],
  },
  {
    name: "documents_duplicate_of only where not null",
    sql: () => [
      "drop index documents_duplicate_of",
      "create index documents_duplicate_of on documents (duplicate_of) where duplicate_of is not null",
    ],
  },
  { name: "without the near-duplicate buckets", sql: () => [], rows: (r) => ({ ...r, buckets: [] }) },
  { name: "16 near-duplicate bands, not 32", sql: () => [], rows: (r) => ({ ...r, buckets: r.buckets.slice(0, 16) }) },
  {
    name: "buckets as integers",
    sql: () => [
      "drop table fingerprint_buckets",
      "create table fingerprint_buckets (document_id text not null references documents (document_id) on delete cascade, band integer not null, bucket integer not null, primary key (band, bucket, document_id)) without rowid",
    ],
    rows: (r) => ({
      ...r,
      buckets: r.buckets.map(([id, band, bucket]) => [id, band, Number.parseInt(String(bucket), 16)]),
    }),
  },
  {
    name: "signature in documents, no fingerprints row",
    sql: () => [],
    rows: (r) => ({ ...r, fingerprint: [] }),
  },
  { name: "without events_by_fatalities", sql: dropIndexes(["events_by_fatalities"]) },
  { name: "without events_by_date", sql: dropIndexes(["events_by_date"]) },
  {
    name: "without the 4 equality indexes",
    sql: dropIndexes(["events_by_iso3", "events_by_admin1", "events_by_type", "events_by_sub_type"]),
  },
  { name: "without events_undated_identified", sql: dropIndexes(["events_undated_identified"]) },
  { name: "without event_sources_document", sql: dropIndexes(["event_sources_document"]) },
  { name: "wal_autocheckpoint = 10000 (40 MB)", sql: () => ["pragma wal_autocheckpoint = 10000"] },
  { name: "cache_size = 64 MB", sql: () => ["pragma cache_size = -65536"] },
  {
    name: "without any trigger or events index",
    sql: (db) => [
      ...dropTriggers("events_%")(db),
      ...objectsLike(db, "index", "events_%")
        .filter((n) => !n.startsWith("sqlite_"))
        .map((n) => `drop index ${n}`),
    ],
  },
];

async function timeVariant(variant: Variant, rows: RawRows[]): Promise<number> {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "raw.db");
  (await openSqliteStore(path)).close();
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("temp_store = MEMORY"); // as the store's connection (sqlite.ts)
  for (const statement of variant.sql(sqlite)) sqlite.exec(statement);
  const save = prepareRawSave(sqlite, Object.keys(eventRow(copies[0]!.events[0]!)));
  const changed = variant.rows ? rows.map(variant.rows) : rows;
  const indexQueue = prepareIndexQueue(sqlite);
  const saveBatch = sqlite.transaction((batch: RawRows[]) => {
    for (const r of batch) save(r);
    indexQueue();
  });
  const started = process.cpuUsage();
  for (let i = 0; i < changed.length; i += perCommit) saveBatch(changed.slice(i, i + perCommit));
  const cpu = cpuSeconds(started);
  sqlite.close();
  return cpu;
}

/** The variants this schema has something to take away for (008's trigram triggers are gone after 014). */
async function applicable(): Promise<Variant[]> {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "schema.db");
  (await openSqliteStore(path)).close();
  const sqlite = new Database(path);
  const found = VARIANTS.filter((v, i) => i === 0 || v.rows || v.sql(sqlite).length > 0);
  sqlite.close();
  return found;
}

/** `--only 0,3,5`: the variants with these numbers (0 is the schema as migrated), in that order. */
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]!.split(",").map(Number)
  : null;
const variants = only ? only.map((i) => VARIANTS[i]!) : await applicable();
const copies = makeCopies(docCount);
const rows = copies.map(rawRows);
const eventCount = copies.reduce((n, c) => n + c.events.length, 0);
console.log(`${docCount} documents, ${eventCount} events, ${rows[0]!.spanLayers.length} span layers a document`);
await timeVariant(variants[0]!, rows.slice(0, 100)); // warm-up
const times = variants.map(() => [] as number[]);
for (let round = 0; round < rounds; round++)
  for (const [i, variant] of variants.entries()) times[i]!.push(await timeVariant(variant, rows));
const whole = median(times[0]!);
console.log("| raw inserts into | events/CPU-s | ms/document | CPU saved |");
console.log("| --- | --- | --- | --- |");
for (const [i, variant] of variants.entries()) {
  const t = median(times[i]!);
  console.log(
    `| ${variant.name} | ${(eventCount / t).toFixed(0)} | ${((t / docCount) * 1000).toFixed(2)} | ${(((whole - t) / whole) * 100).toFixed(0)}% |`,
  );
}
