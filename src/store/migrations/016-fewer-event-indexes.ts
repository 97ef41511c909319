// Fewer B-trees for each new event to touch. Storing a document is bounded by the pages its commit writes to the
// WAL (two write calls and a checksum per 4 KB page, then the checkpoint copies it again): about 250 pages for a
// report of 10 events, most of them one leaf per event in each index on `events` (bench/RESULTS.md, "write-speed").
// Three indexes only repeated another's leading columns, and one held rows no list asks for:
// - events_date (event_date) and events_iso3_date (iso3, event_date) lead as events_by_date (date_key, …) and
//   events_by_iso3 (iso3, date_key, …) do, date_key being event_date with '' for undated: the merge's window reads
//   (incidents-store.ts) now ask for date_key and are found through those.
// - events_by_position (longitude, latitude) on SQLite: a box is found through 008's R*Tree, or checked in the
//   sort indexes, which carry both columns. PostgreSQL keeps it: its box filter has no other index.
// - events_by_status held every event, all but a few "unreviewed"; a list asks it only for reviewed ones (a status
//   other than unreviewed, or reviewed=true), so it now holds only those and a new event adds nothing to it.
import { type Kysely, SqliteAdapter, sql } from "kysely";

const STATUS_INDEX = ["review_status", "date_key", "event_id"];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_date").execute();
  await db.schema.dropIndex("events_iso3_date").execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) await db.schema.dropIndex("events_by_position").execute();
  await db.schema.dropIndex("events_by_status").execute();
  await db.schema
    .createIndex("events_by_status")
    .on("events")
    .columns(STATUS_INDEX)
    .where(sql.ref("review_status"), "!=", "unreviewed")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_by_status").execute();
  await db.schema.createIndex("events_by_status").on("events").columns(STATUS_INDEX).execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter)
    await db.schema.createIndex("events_by_position").on("events").columns(["longitude", "latitude"]).execute();
  await db.schema.createIndex("events_iso3_date").on("events").columns(["iso3", "event_date"]).execute();
  await db.schema.createIndex("events_date").on("events").column("event_date").execute();
}
