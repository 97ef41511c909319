// Indexes for the filters that match a varying share of events (a fatalities range, a bounding box, an actor
// substring, a word): measured at 100k events, each took 43–192 ms CPU p95 because the plan either sorted every
// match or walked the date order reading each row from the table. events-query.ts now picks per query: few
// matches are found through their own index and sorted; many are checked while walking the sort order. For the
// walk, the two sort indexes carry the checked columns, so a row is checked without reading the table (0.1 µs
// against 5.6 µs, measured). SQLite
// also gets an R*Tree of positions (a box in two dimensions, not a band of longitude) and a trigram FTS5 index
// of actor names (a substring anywhere in a name, which LIKE can only find by reading every row). Both are
// contentless copies kept in step by triggers, keyed by the event's rowid.
import { type Kysely, SqliteAdapter, sql } from "kysely";

/** The sort indexes of 007, then the range filters' columns: checked in the index while walking it. */
const SORT_INDEXES: [string, string[], string[]][] = [
  ["events_by_date", ["date_key", "event_id"], ["fatalities_key", "longitude", "latitude", "actors", "review_status"]],
  ["events_by_fatalities", ["fatalities_key", "event_id"], ["longitude", "latitude", "actors", "review_status"]],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, sortColumns, checked] of SORT_INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on("events")
      .columns([...sortColumns, ...checked])
      .execute();
  }
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await createPositionTree(db);
    await createActorIndex(db);
    await refreshStatistics(db);
  }
}

/** A store that was analysed lost the statistics of the indexes made again: without them the planner guessed a
 * scan of the whole table for a walk in date order (measured at 100k events: 140 ms instead of 1 ms). */
async function refreshStatistics(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
  if (Number(rows[0]?.n) > 0) for (const [name] of SORT_INDEXES) await sql`analyze ${sql.id(name)}`.execute(db);
}

async function createPositionTree(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table events_rtree using rtree(id, min_lon, max_lon, min_lat, max_lat)`.execute(db);
  const insert = (row: string) =>
    `insert into events_rtree values (${row}.rowid, ${row}.longitude, ${row}.longitude, ${row}.latitude, ${row}.latitude)`;
  await sql
    .raw(
      `create trigger events_rtree_insert after insert on events when new.latitude is not null and new.longitude is not null begin ${insert("new")}; end`,
    )
    .execute(db);
  await sql`create trigger events_rtree_delete after delete on events begin delete from events_rtree where id = old.rowid; end`.execute(
    db,
  );
  await sql
    .raw(
      `create trigger events_rtree_update after update of latitude, longitude on events begin delete from events_rtree where id = old.rowid; insert into events_rtree select new.rowid, new.longitude, new.longitude, new.latitude, new.latitude where new.latitude is not null and new.longitude is not null; end`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into events_rtree select rowid, longitude, longitude, latitude, latitude from events where latitude is not null and longitude is not null`,
    )
    .execute(db);
}

/** Superseded by 014's index of actor lists; its down() makes this one again. */
export async function createActorIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table events_actor_fts using fts5(actors, content='', contentless_delete=1, tokenize='trigram')`.execute(
    db,
  );
  await sql`create trigger events_actor_fts_insert after insert on events begin insert into events_actor_fts(rowid, actors) values (new.rowid, new.actors); end`.execute(
    db,
  );
  await sql`create trigger events_actor_fts_delete after delete on events begin delete from events_actor_fts where rowid = old.rowid; end`.execute(
    db,
  );
  await sql`create trigger events_actor_fts_update after update of actors on events begin delete from events_actor_fts where rowid = old.rowid; insert into events_actor_fts(rowid, actors) values (new.rowid, new.actors); end`.execute(
    db,
  );
  await sql`insert into events_actor_fts(rowid, actors) select rowid, actors from events`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    "events_rtree_insert",
    "events_rtree_delete",
    "events_rtree_update",
    "events_actor_fts_insert",
    "events_actor_fts_delete",
    "events_actor_fts_update",
  ])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
  for (const table of ["events_rtree", "events_actor_fts"])
    await sql`drop table if exists ${sql.id(table)}`.execute(db);
  for (const [name, sortColumns] of SORT_INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on("events").columns(sortColumns).execute();
  }
}
