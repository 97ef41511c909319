// `q` on PostgreSQL: a tsvector column generated from the text SQLite's FTS5 index reads (migration 007: the
// event's sentence, actors, place, admin1, country) with a GIN index, where `q` was a LIKE over every record.
// The 'simple' configuration keeps each word as it is, lower-cased, with no stemming and no stop words, as FTS5's
// unicode61 tokenizer does; sitrep_fold() takes accents off as its remove_diacritics does, through the unaccent
// extension when it can be created, and is the identity when not (then "Menaka" does not find "Ménaka"). One
// difference stays: PostgreSQL's parser keeps an e-mail address or a host name whole where FTS5 splits it (its
// [:alnum:] is ASCII-only in a database whose ctype is C, so splitting on it would break every other script).
import { type Kysely, sql } from "kysely";

const SEARCHED = sql.raw(
  "coalesce(record::jsonb ->> 'notes', '') || ' ' || coalesce(actors, '') || ' ' || coalesce(location, '') || ' ' || coalesce(admin1, '') || ' ' || coalesce(country, '')",
);

export async function up(db: Kysely<unknown>): Promise<void> {
  // A generated column may only call immutable functions: unaccent() is stable (its dictionary could change), so
  // a wrapper with the dictionary named promises what sitrep needs: the same text folds the same way.
  const fold = (await createUnaccent(db)) ? "public.unaccent('public.unaccent'::regdictionary, $1)" : "$1";
  await sql
    .raw(
      `create function sitrep_fold(text) returns text language sql immutable parallel safe strict as $$ select ${fold} $$`,
    )
    .execute(db);
  await sql`alter table events add column search tsvector generated always as (to_tsvector('simple', sitrep_fold(${SEARCHED}))) stored`.execute(
    db,
  );
  await sql`create index events_search on events using gin (search)`.execute(db);
}

/** True when unaccent is there (or could be created here); a failed attempt is rolled back to a savepoint. */
async function createUnaccent(db: Kysely<unknown>): Promise<boolean> {
  // Kysely runs PostgreSQL migrations in one transaction: a failed CREATE EXTENSION would abort it.
  await sql`savepoint unaccent`.execute(db);
  try {
    await sql`create extension if not exists unaccent schema public`.execute(db);
    return true;
  } catch {
    await sql`rollback to savepoint unaccent`.execute(db);
    return false;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists events_search`.execute(db);
  await sql`alter table events drop column if exists search`.execute(db);
  await sql`drop function if exists sitrep_fold(text)`.execute(db);
}
