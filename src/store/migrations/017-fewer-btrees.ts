// Fewer B-trees for each new event to touch, again (016 began it). At 50 documents a commit, a save's CPU is mostly
// SQLite inserting rows into every B-tree of their tables (bench/RESULTS.md, store-inserts).
// - The four "filter, deadliest first" indexes (007) served one sort of four filters; they are dropped, and
//   events_by_fatalities (008) carries those filters' columns instead. A list in fatalities order then counts its
//   equality filter's matches as it counts the sparse filters' (sparse-filters.ts): up to FEW_MATCHES are found
//   through the filter's date index (which now ends in fatalities_key, so they are sorted without reading a row),
//   more are checked while walking events_by_fatalities, reading no row either.
// - On SQLite, three child tables that are only ever reached by their key become WITHOUT ROWID tables, stored in
//   their primary key's B-tree instead of a rowid table plus that key's index: a document's 32 near-duplicate
//   buckets (now keyed by the lookup's (band, bucket), which replaces fingerprint_buckets_lookup), its events'
//   sources and its relations. PostgreSQL's tables have no rowid B-tree: there only the indexes change.
import { type Kysely, SqliteAdapter, sql } from "kysely";

/** Each dropped index, its filter's column, and that filter's date index (007). */
const FILTER_FATALITIES_INDEXES: [string, string, string][] = [
  ["events_by_iso3_fatalities", "iso3", "events_by_iso3"],
  ["events_by_admin1_fatalities", "admin1", "events_by_admin1"],
  ["events_by_type_fatalities", "event_type", "events_by_type"],
  ["events_by_sub_type_fatalities", "sub_event_type", "events_by_sub_type"],
];

/** 008's columns: the sort key, then what the sparse filters check while walking it. */
const FATALITIES_INDEX = ["fatalities_key", "event_id", "longitude", "latitude", "actors", "review_status"];
const EQUALITY_COLUMNS = FILTER_FATALITIES_INDEXES.map(([, column]) => column);

type TableShape = { columns: string; key: string; indexes: string[]; options: string };

/** Each table's columns as 001–003 made them, its key before and after, and its indexes that stay. */
const KEYED_TABLES: Record<string, { columns: string; rowidKey: string; key: string; indexes: string[] }> = {
  fingerprint_buckets: {
    columns:
      "document_id text not null references documents (document_id) on delete cascade, band integer not null, bucket text not null",
    rowidKey: "constraint fingerprint_buckets_pk primary key (document_id, band)",
    key: "primary key (band, bucket, document_id)",
    indexes: [],
  },
  event_sources: {
    columns:
      "event_id text not null references events (event_id) on delete cascade, document_id text not null references documents (document_id) on delete cascade",
    rowidKey: "constraint event_sources_pk primary key (event_id, document_id)",
    key: "constraint event_sources_pk primary key (event_id, document_id)",
    indexes: ["create index event_sources_document on event_sources (document_id)"],
  },
  event_relations: {
    columns:
      "from_id text not null, to_id text not null, relation text not null, document_id text not null references documents (document_id) on delete cascade",
    rowidKey: "constraint event_relations_pk primary key (from_id, to_id, relation)",
    key: "constraint event_relations_pk primary key (from_id, to_id, relation)",
    indexes: ["create index event_relations_to on event_relations (to_id)"],
  },
};

const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, column, dateIndex] of FILTER_FATALITIES_INDEXES) {
    await db.schema.dropIndex(name).execute();
    await replaceIndex(db, dateIndex, [column, "date_key", "event_id", "fatalities_key"]);
  }
  await replaceIndex(db, "events_by_fatalities", [...FATALITIES_INDEX, ...EQUALITY_COLUMNS]);
  if (!isSqlite(db)) return;
  for (const [table, { columns, key, indexes }] of Object.entries(KEYED_TABLES))
    await rebuildTable(db, table, { columns, key, indexes, options: "without rowid" });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    for (const [table, { columns, rowidKey, indexes }] of Object.entries(KEYED_TABLES)) {
      const lookup =
        table === "fingerprint_buckets"
          ? ["create index fingerprint_buckets_lookup on fingerprint_buckets (band, bucket)"]
          : [];
      await rebuildTable(db, table, { columns, key: rowidKey, indexes: [...indexes, ...lookup], options: "" });
    }
  }
  await replaceIndex(db, "events_by_fatalities", FATALITIES_INDEX);
  for (const [name, column, dateIndex] of FILTER_FATALITIES_INDEXES) {
    await replaceIndex(db, dateIndex, [column, "date_key", "event_id"]);
    await db.schema.createIndex(name).on("events").columns([column, "fatalities_key", "event_id"]).execute();
  }
}

/** SQLite cannot change a table's key in place: a new table takes the rows (its columns in the old one's order), then
 * the old one's name. Nothing references these tables, so dropping the old one checks no foreign key. */
async function rebuildTable(db: Kysely<unknown>, table: string, shape: TableShape): Promise<void> {
  const next = `${table}_next`;
  await sql.raw(`create table ${next} (${shape.columns}, ${shape.key}) ${shape.options}`).execute(db);
  await sql.raw(`insert into ${next} select * from ${table}`).execute(db);
  await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw(`alter table ${next} rename to ${table}`).execute(db);
  for (const index of shape.indexes) await sql.raw(index).execute(db);
}

async function replaceIndex(db: Kysely<unknown>, name: string, columns: string[]): Promise<void> {
  await db.schema.dropIndex(name).execute();
  await db.schema.createIndex(name).on("events").columns(columns).execute();
  // An analysed store would have lost the new index's statistics, and without them SQLite may not walk it (008).
  if (!isSqlite(db)) return;
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
  if (Number(rows[0]?.n) > 0) await sql`analyze ${sql.id(name)}`.execute(db);
}
