// Where an event's date interval ends, beside where it starts (date_key): the merge asks for the events whose
// interval comes within a tolerance of a new event's dates (store/incidents-store.ts). With the start alone the
// store had to return every event starting up to the longest interval (31 days) before, and the merge parsed all of
// them to keep the few within ±3 days (bench/RESULTS.md, "merge-window"). '' when undated, as date_key. No index:
// the window is found through date_key's, and this column only drops rows before their record is returned.
// And a partial index of the undated events the merge can link at all (a place and an actor: merge/compare-items.ts):
// a window of reports was read report by report, 20,000 event rows a merge for a day of 10,000 reports.
import { type Kysely, SqliteAdapter, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("events")
    .addColumn("date_end_key", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  const dateEnd =
    db.getExecutor().adapter instanceof SqliteAdapter
      ? sql`json_extract(record, '$.date_end')`
      : sql`(record::json ->> 'date_end')`;
  // A reviewed date (date_key) past the record's own end stretches the interval to it, as event-columns.ts does.
  await sql`update events set date_end_key = case when date_key = '' then '' else coalesce(${dateEnd}, date_key) end`.execute(
    db,
  );
  await sql`update events set date_end_key = date_key where date_end_key < date_key`.execute(db);
  await sql`create index events_undated_identified on events (date_key, event_id) where ${sql.raw(IDENTIFIED)}`.execute(
    db,
  );
}

/** As incidents-store.ts asks for them, term for term. */
const IDENTIFIED = "date_key = '' and actors != '' and (location is not null or latitude is not null)";

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_undated_identified").execute();
  await db.schema.alterTable("events").dropColumn("date_end_key").execute();
}
