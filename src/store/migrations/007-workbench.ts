// The workbench's reads and reviews. Events get the columns every list filter and sort reads (sort keys that
// are never null, so keyset paging and the indexes work alike on both backends), an index per filter that
// ends in the sort key, and event_sources an index on document_id (a document's events were a scan of the
// whole table: p95 91.5 ms at 1M events, 4.4 ms with the index). Reviews keep the current decision per
// event and an append-only history; neither references events, so re-processing a document (which deletes
// and re-inserts its events) keeps them. On SQLite, an FTS5 index over each event's sentence, actors and
// place answers `q`, kept in step by triggers (contentless: the words are stored once, in the record).
import { type Kysely, SqliteAdapter, sql } from "kysely";
import { eventColumns } from "../event-columns.js";

const EVENT_COLUMNS: [string, "text" | "integer" | "real", string?][] = [
  ["date_key", "text", "''"],
  ["fatalities_key", "integer", "-1"],
  ["country", "text"],
  ["admin1", "text"],
  ["location", "text"],
  ["actors", "text"],
  ["latitude", "real"],
  ["longitude", "real"],
  ["review_status", "text", "'unreviewed'"],
];

/** Each filter column leads an index that ends in the sort key, so a filtered page is read in order. */
const EVENT_INDEXES: [string, string[]][] = [
  ["events_by_date", ["date_key", "event_id"]],
  ["events_by_fatalities", ["fatalities_key", "event_id"]],
  ["events_by_iso3", ["iso3", "date_key", "event_id"]],
  ["events_by_admin1", ["admin1", "date_key", "event_id"]],
  ["events_by_type", ["event_type", "date_key", "event_id"]],
  ["events_by_sub_type", ["sub_event_type", "date_key", "event_id"]],
  ["events_by_status", ["review_status", "date_key", "event_id"]],
  // ... and in fatalities order, so "Syria, deadliest first" reads its page in order instead of sorting every
  // Syrian event (measured: a temp B-tree over a sub-type's rows, 61 ms at 10k events, 5 ms CPU).
  ["events_by_iso3_fatalities", ["iso3", "fatalities_key", "event_id"]],
  ["events_by_admin1_fatalities", ["admin1", "fatalities_key", "event_id"]],
  ["events_by_type_fatalities", ["event_type", "fatalities_key", "event_id"]],
  ["events_by_sub_type_fatalities", ["sub_event_type", "fatalities_key", "event_id"]],
  ["events_by_position", ["longitude", "latitude"]],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, type, fallback] of EVENT_COLUMNS) {
    await db.schema
      .alterTable("events")
      .addColumn(name, type, (c) => (fallback ? c.notNull().defaultTo(sql.raw(fallback)) : c))
      .execute();
  }
  await fillEventColumns(db);
  for (const [name, columns] of EVENT_INDEXES)
    await db.schema.createIndex(name).on("events").columns(columns).execute();
  await db.schema.createIndex("event_sources_document").on("event_sources").column("document_id").execute();
  // Undated incidents sort first, as '' (the list's keyset compares the same expression).
  await db.schema
    .createIndex("incidents_by_date")
    .on("incidents")
    .expression(sql`coalesce(event_date, ''), incident_id`)
    .execute();
  await db.schema
    .createIndex("documents_by_ingested")
    .on("documents")
    .columns(["ingested_at", "document_id"])
    .execute();
  await createReviewTables(db);
  if (db.getExecutor().adapter instanceof SqliteAdapter) await createSearchIndex(db);
}

async function createReviewTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("event_reviews")
    .addColumn("event_id", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("reviewer", "text", (c) => c.notNull())
    .addColumn("reviewed_at", "text", (c) => c.notNull())
    .execute();
  // SQLite numbers rows with AUTOINCREMENT, PostgreSQL with an identity column: the same append order either way.
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable("review_history")
    .addColumn("entry_id", "integer", (c) =>
      isSqlite ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("reviewer", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("review_history_event").on("review_history").columns(["event_id", "entry_id"]).execute();
}

/** The searched text: the sentence (notes), actors and place. Re-indexed when a review changes them. */
export const SEARCHED =
  "coalesce(json_extract(new.record, '$.notes'), '') || ' ' || coalesce(new.actors, '') || ' ' || coalesce(new.location, '') || ' ' || coalesce(new.admin1, '') || ' ' || coalesce(new.country, '')";

async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table events_fts using fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql
    .raw(
      `create trigger events_fts_insert after insert on events begin insert into events_fts(rowid, body) values (new.rowid, ${SEARCHED}); end`,
    )
    .execute(db);
  await sql`create trigger events_fts_delete after delete on events begin delete from events_fts where rowid = old.rowid; end`.execute(
    db,
  );
  await sql
    .raw(
      `create trigger events_fts_update after update of record, actors, location, admin1, country on events begin delete from events_fts where rowid = old.rowid; insert into events_fts(rowid, body) values (new.rowid, ${SEARCHED}); end`,
    )
    .execute(db);
  await sql
    .raw(`insert into events_fts(rowid, body) select rowid, ${SEARCHED.replaceAll("new.", "")} from events`)
    .execute(db);
}

/** Events stored before this migration get their columns from their record, a page at a time. */
async function fillEventColumns(db: Kysely<unknown>): Promise<void> {
  const events = db.withTables<{ events: { event_id: string; record: string } & Record<string, unknown> }>();
  let after = "";
  for (;;) {
    const rows = await events
      .selectFrom("events")
      .select(["event_id", "record"])
      .where("event_id", ">", after)
      .orderBy("event_id")
      .limit(500)
      .execute();
    if (rows.length === 0) return;
    for (const row of rows)
      await events
        .updateTable("events")
        .set(eventColumns(JSON.parse(row.record)))
        .where("event_id", "=", row.event_id)
        .execute();
    after = rows[rows.length - 1]!.event_id;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ["events_fts_insert", "events_fts_delete", "events_fts_update"])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
  await sql`drop table if exists events_fts`.execute(db);
  for (const table of ["review_history", "event_reviews"]) await db.schema.dropTable(table).ifExists().execute();
  for (const [name] of EVENT_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  for (const name of ["event_sources_document", "incidents_by_date", "documents_by_ingested"])
    await db.schema.dropIndex(name).ifExists().execute();
  for (const [name] of [...EVENT_COLUMNS].reverse()) await db.schema.alterTable("events").dropColumn(name).execute();
}
