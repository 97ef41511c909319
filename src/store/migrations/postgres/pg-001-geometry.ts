// Where each event happened, as a column a spatial query can use. With PostGIS: a geometry(Point, 4326) and a
// GiST index (a map's bounding box, "events within 50 km"); without it (the extension is not installed or the
// role may not create it): latitude and longitude columns with a btree index. A trigger fills them from the
// event's record on insert and update, so the shared insert code (replace-extraction.ts) needs no SQL of its own.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  if (await createPostgis(db)) {
    await sql`alter table events add column geom geometry(Point, 4326)`.execute(db);
    await sql`create index events_geom on events using gist (geom)`.execute(db);
    await sql`create function events_fill_geom() returns trigger language plpgsql as $$
      begin
        new.geom := case when (new.record::jsonb ->> 'latitude') is null or (new.record::jsonb ->> 'longitude') is null then null
          else ST_SetSRID(ST_MakePoint((new.record::jsonb ->> 'longitude')::float8, (new.record::jsonb ->> 'latitude')::float8), 4326) end;
        return new;
      end $$`.execute(db);
  } else await addPlainPosition(db);
  await sql`create trigger events_fill_geom before insert or update of record on events for each row execute function events_fill_geom()`.execute(
    db,
  );
}

/**
 * Without PostGIS: latitude and longitude columns with a btree index, filled from the record. Migration 007
 * already added both columns for the list filters, so every step here is "if not exists"; before, this path
 * failed on a server without PostGIS and no PostgreSQL store could be opened there.
 */
export async function addPlainPosition(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events add column if not exists latitude double precision, add column if not exists longitude double precision`.execute(
    db,
  );
  await sql`create index if not exists events_lat_lon on events (latitude, longitude)`.execute(db);
  await sql`create or replace function events_fill_geom() returns trigger language plpgsql as $$
    begin
      new.latitude := (new.record::jsonb ->> 'latitude')::float8;
      new.longitude := (new.record::jsonb ->> 'longitude')::float8;
      return new;
    end $$`.execute(db);
}

/** True when PostGIS is there (or could be created here); a failed attempt is rolled back to a savepoint. */
async function createPostgis(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{
    available: boolean;
  }>`select exists (select 1 from pg_available_extensions where name = 'postgis') as available`.execute(db);
  if (!rows[0]?.available) return false;
  // Kysely runs PostgreSQL migrations in one transaction: a failed CREATE EXTENSION would abort it.
  await sql`savepoint postgis`.execute(db);
  try {
    await sql`create extension if not exists postgis`.execute(db);
    return true;
  } catch {
    await sql`rollback to savepoint postgis`.execute(db);
    return false;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists events_fill_geom on events`.execute(db);
  await sql`drop function if exists events_fill_geom()`.execute(db);
  await sql`alter table events drop column if exists geom, drop column if exists latitude, drop column if exists longitude`.execute(
    db,
  );
}
