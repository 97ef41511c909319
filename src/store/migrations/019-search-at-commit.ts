// The search index (FTS5, 007) written once a commit instead of once a document. FTS5 flushes its pending words to
// a new segment of the index at every savepoint, and each document of a batch is one (write-batch.ts): a batch of 50
// wrote 50 tiny segments and then merged them, about a quarter of a save's CPU (bench/RESULTS.md, store-inserts). Now
// the triggers only queue the changed event's rowid, inside the document's savepoint (so a failed document queues
// nothing), and the store indexes the queue just before each commit (search-queue.ts): one segment a batch.
// `indexed` records whether the rowid was in the index when first queued (an update or a delete), so only those are
// deleted from it. PostgreSQL has no FTS5 (its tsvector is a generated column, 009): nothing to do there.
import { type Kysely, SqliteAdapter, sql } from "kysely";
import { INDEX_QUEUED_EVENTS } from "../search-queue.js";
import { SEARCHED } from "./007-workbench.js";

const TRIGGERS = ["events_fts_insert", "events_fts_delete", "events_fts_update"];
const UPDATED_COLUMNS = "record, actors, location, admin1, country";

const queue = (rowid: string, indexed: 0 | 1) =>
  `insert or ignore into events_fts_queue (event_rowid, indexed) values (${rowid}, ${indexed})`;

const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;
const run = (db: Kysely<unknown>, statement: string) => sql.raw(statement).execute(db);

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isSqlite(db)) return;
  await run(db, "create table events_fts_queue (event_rowid integer primary key, indexed integer not null)");
  for (const name of TRIGGERS) await run(db, `drop trigger ${name}`);
  await run(db, `create trigger events_fts_insert after insert on events begin ${queue("new.rowid", 0)}; end`);
  await run(db, `create trigger events_fts_delete after delete on events begin ${queue("old.rowid", 1)}; end`);
  await run(
    db,
    `create trigger events_fts_update after update of ${UPDATED_COLUMNS} on events begin ${queue("old.rowid", 1)}; end`,
  );
}

/** 007's triggers again, once the queue is indexed. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isSqlite(db)) return;
  for (const statement of INDEX_QUEUED_EVENTS) await run(db, statement);
  for (const name of TRIGGERS) await run(db, `drop trigger ${name}`);
  await run(db, "drop table events_fts_queue");
  const index = `insert into events_fts (rowid, body) values (new.rowid, ${SEARCHED})`;
  await run(db, `create trigger events_fts_insert after insert on events begin ${index}; end`);
  const unindex = "delete from events_fts where rowid = old.rowid";
  await run(db, `create trigger events_fts_delete after delete on events begin ${unindex}; end`);
  await run(
    db,
    `create trigger events_fts_update after update of ${UPDATED_COLUMNS} on events begin ${unindex}; ${index}; end`,
  );
}
