// The actor filter's index (SQLite): each distinct list of actor names is trigram-indexed once, and events point at
// their list, where 008 trigram-indexed every event's actors. A report's events mostly name the same few actors,
// and so do thousands of reports about one conflict, so most events now add one row to a link table instead of
// ~40 trigrams to an FTS5 index (bench/RESULTS.md, "Where SQLite's time goes"). The list is indexed whole, not
// name by name, so a substring matches exactly what it matched in `events.actors` before, and the triggers need no
// splitting (SQL has none to do it with). A list no event points at any more stays: it matches and links nothing.
import { type Kysely, SqliteAdapter, sql } from "kysely";
import { createActorIndex } from "./008-sparse-filters.js";

const OLD_TRIGGERS = ["events_actor_fts_insert", "events_actor_fts_delete", "events_actor_fts_update"];

/** The link of `row` (new or old) to its actor list; the list is found by its unique text. */
const linkOf = (row: string) =>
  `select set_id, ${row}.rowid from actor_sets where actors = ${row}.actors and ${row}.actors != ''`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run("create table actor_sets (set_id integer primary key, actors text not null unique)");
  await run("create virtual table actor_sets_fts using fts5(actors, content='', tokenize='trigram')");
  await run(
    "create trigger actor_sets_fts_insert after insert on actor_sets begin insert into actor_sets_fts(rowid, actors) values (new.set_id, new.actors); end",
  );
  await run(
    "create table event_actor_sets (set_id integer not null, event_rowid integer not null, primary key (set_id, event_rowid)) without rowid",
  );
  await run("insert or ignore into actor_sets (actors) select distinct actors from events where actors != ''");
  await run(
    "insert into event_actor_sets select s.set_id, e.rowid from events e join actor_sets s on s.actors = e.actors",
  );
  const unlink = (row: string) =>
    `delete from event_actor_sets where event_rowid = ${row}.rowid and set_id = (select set_id from actor_sets where actors = ${row}.actors)`;
  const link = (row: string) =>
    `insert or ignore into actor_sets (actors) select ${row}.actors where ${row}.actors != ''; insert into event_actor_sets ${linkOf(row)}`;
  await run(`create trigger event_actor_sets_insert after insert on events begin ${link("new")}; end`);
  await run(`create trigger event_actor_sets_delete after delete on events begin ${unlink("old")}; end`);
  await run(
    `create trigger event_actor_sets_update after update of actors on events begin ${unlink("old")}; ${link("new")}; end`,
  );
  for (const name of OLD_TRIGGERS) await run(`drop trigger ${name}`);
  await run("drop table events_actor_fts");
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const name of ["event_actor_sets_insert", "event_actor_sets_delete", "event_actor_sets_update"])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
  for (const table of ["event_actor_sets", "actor_sets_fts", "actor_sets"])
    await sql`drop table if exists ${sql.id(table)}`.execute(db);
  await createActorIndex(db);
}
