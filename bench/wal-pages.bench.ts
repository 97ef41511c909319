// What a document's commit writes: the WAL pages (frames) of the raw prepared inserts of store-writes.bench.ts,
// counted per table and index they belong to. A save's CPU follows its page count (each page is two write calls, a
// checksum, and a copy at the checkpoint), and the count does not depend on how loaded the machine is, so it
// compares schemas where CPU time on a shared box cannot. The store holds --docs documents first (an index touches
// more leaves as it grows), then --measured more are written with checkpoints off and their frames read back.
// `--per-commit N` saves the measured documents N a commit, each a savepoint inside, as ingest's batches do: pages
// shared by a batch's documents are then written once.
// Run on demand: `npx tsx bench/wal-pages.bench.ts [--docs 400] [--measured 20] [--per-commit 1]`. Not part of the tests.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { eventRow } from "../src/store/shared-events.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { makeCopies, prepareIndexQueue, prepareRawSave, rawRows } from "./store-write-copies.js";

const arg = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const docCount = arg("--docs", 400);
const measured = arg("--measured", 20);
const perCommit = arg("--per-commit", 1);

/** The page numbers of a WAL file's frames, in order (header 32 bytes, then 24 bytes before each page). */
function framePages(wal: Buffer): number[] {
  const pageSize = wal.readUInt32BE(8);
  const pages: number[] = [];
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.push(wal.readUInt32BE(at));
  return pages;
}

/** Which table or index each page of the database belongs to (SQLite's dbstat table). */
function pageOwners(sqlite: Database.Database): Map<number, string> {
  const rows = sqlite.prepare("select name, pageno, pagetype from dbstat").all() as {
    name: string;
    pageno: number;
    pagetype: string;
  }[];
  return new Map(rows.map((r) => [r.pageno, r.pagetype === "overflow" ? `${r.name} (overflow)` : r.name]));
}

const copies = makeCopies(docCount + measured);
const rows = copies.map(rawRows);
const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "pages.db");
(await openSqliteStore(path)).close();
const sqlite = new Database(path);
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = NORMAL");
sqlite.pragma("foreign_keys = ON");
sqlite.pragma("wal_autocheckpoint = 0");
const save = prepareRawSave(sqlite, Object.keys(eventRow(copies[0]!.events[0]!)));
const indexQueue = prepareIndexQueue(sqlite);
// As the store: the search index is written just before each commit (migration 019).
const saveBatch = sqlite.transaction((batch: typeof rows) => {
  for (const r of batch) save(r);
  indexQueue();
});
for (const r of rows.slice(0, docCount)) saveBatch([r]);
sqlite.pragma("wal_checkpoint(TRUNCATE)");
for (let i = docCount; i < rows.length; i += perCommit) saveBatch(rows.slice(i, Math.min(i + perCommit, rows.length)));
const pages = framePages(readFileSync(`${path}-wal`));
const owners = pageOwners(sqlite);
sqlite.close();
const byOwner = new Map<string, number>();
for (const page of pages) {
  const owner = owners.get(page) ?? "free or new";
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + 1);
}
console.log(
  `${(pages.length / measured).toFixed(1)} WAL pages a document (after ${docCount} documents, ${perCommit} a commit)`,
);
console.log("| table or index | pages a document |");
console.log("| --- | --- |");
for (const [owner, n] of [...byOwner].sort((a, b) => b[1] - a[1]))
  console.log(`| ${owner} | ${(n / measured).toFixed(1)} |`);
