// Grows a store built by build-event-store.ts to `copies` times its events by copying its rows inside SQLite
// (as issue #17 measured its store sizes): each copy gets new event and document ids and its dates moved by
// a few days, so the copies do not tie. Generating a million events in JavaScript took 4+ CPU-minutes, which
// a shared machine at nice 10 turned into over an hour; copying does the same in SQLite's own code. Indexes
// are dropped for the copy and made again, triggers (FTS5, R*Tree) fire as for any insert.
// Usage: nice -n 10 npx tsx bench/grow-event-store.ts /tmp/events-100k.db /tmp/events-1m.db 10
import { copyFileSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { INDEX_QUEUED_EVENTS } from "../src/store/search-queue.js";

const [from, to, copiesArg = "10"] = process.argv.slice(2);
if (!from || !to) throw new Error("usage: grow-event-store.ts <built store> <new store> [copies]");
const copies = Number(copiesArg);
rmSync(to, { force: true });
copyFileSync(from, to);
const db = new Database(to);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
db.pragma("cache_size = -2000000");
const started = Date.now();
const columns = (table: string) => db.prepare("select name from pragma_table_info(?)").pluck().all(table) as string[];
/** A copy's columns: the same values except those given (SQL over the original row). */
const copied = (table: string, changed: Record<string, string>) =>
  columns(table)
    .map((c) => changed[c] ?? c)
    .join(", ");
const indexes = db.prepare("select name, sql from sqlite_master where type = 'index' and sql is not null").all() as {
  name: string;
  sql: string;
}[];
for (const { name } of indexes) db.exec(`drop index ${name}`);
const moved = (column: string) =>
  `case when ${column} is null or ${column} = '' then ${column} else date(${column}, '+' || ? || ' days') end`;
db.transaction(() => {
  for (let k = 1; k < copies; k++) {
    const suffix = `'-c${k}'`;
    db.prepare(
      `insert into documents select ${copied("documents", { document_id: `document_id || ${suffix}` })} from documents where document_id not like '%-c%'`,
    ).run();
    db.prepare(
      `insert into events select ${copied("events", {
        event_id: `event_id || ${suffix}`,
        event_date: moved("event_date"),
        date_key: moved("date_key"),
        record: `json_set(record, '$.event_id', event_id || ${suffix})`,
      })} from events where event_id not like '%-c%'`,
    ).run(k, k);
    for (const table of ["event_sources", "event_reviews"])
      db.prepare(
        `insert into ${table} select ${copied(table, {
          event_id: `event_id || ${suffix}`,
          document_id: `document_id || ${suffix}`,
        })} from ${table} where event_id not like '%-c%'`,
      ).run();
  }
  for (const statement of INDEX_QUEUED_EVENTS) db.exec(statement); // the search index, as the store commits
})();
for (const { sql } of indexes) db.exec(sql);
db.exec("analyze");
const { n } = db.prepare("select count(*) as n from events").get() as { n: number };
db.close();
console.error(`${n} events in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${to}`);
