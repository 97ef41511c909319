// Fewer B-trees for each new event to touch, again (016 began it). At 50 documents a commit, a save's CPU is mostly
// SQLite inserting each event into every index on `events` (bench/RESULTS.md, store-inserts). The four "filter,
// deadliest first" indexes (007) served one sort of four filters; they are dropped, and events_by_fatalities (008)
// carries those filters' columns instead. A list in fatalities order then counts its equality filter's matches as
// it counts the sparse filters' (sparse-filters.ts): up to FEW_MATCHES are found through the filter's date index and
// sorted, more are checked while walking events_by_fatalities, without reading a row.
import { type Kysely, SqliteAdapter, sql } from "kysely";

const FILTER_FATALITIES_INDEXES: [string, string][] = [
  ["events_by_iso3_fatalities", "iso3"],
  ["events_by_admin1_fatalities", "admin1"],
  ["events_by_type_fatalities", "event_type"],
  ["events_by_sub_type_fatalities", "sub_event_type"],
];

/** 008's columns: the sort key, then what the sparse filters check while walking it. */
const FATALITIES_INDEX = ["fatalities_key", "event_id", "longitude", "latitude", "actors", "review_status"];
const EQUALITY_COLUMNS = FILTER_FATALITIES_INDEXES.map(([, column]) => column);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name] of FILTER_FATALITIES_INDEXES) await db.schema.dropIndex(name).execute();
  await replaceFatalitiesIndex(db, [...FATALITIES_INDEX, ...EQUALITY_COLUMNS]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await replaceFatalitiesIndex(db, FATALITIES_INDEX);
  for (const [name, column] of FILTER_FATALITIES_INDEXES)
    await db.schema.createIndex(name).on("events").columns([column, "fatalities_key", "event_id"]).execute();
}

async function replaceFatalitiesIndex(db: Kysely<unknown>, columns: string[]): Promise<void> {
  await db.schema.dropIndex("events_by_fatalities").execute();
  await db.schema.createIndex("events_by_fatalities").on("events").columns(columns).execute();
  // An analysed store would have lost the new index's statistics, and without them SQLite may not walk it (008).
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
  if (Number(rows[0]?.n) > 0) await sql`analyze events_by_fatalities`.execute(db);
}
