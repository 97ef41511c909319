// Kysely's SQLite driver prepares every statement it runs, and preparing (parsing and planning the SQL)
// cost more than running the insert it prepared: storing a document ran a dozen statements, each prepared
// anew. This hands Kysely a database whose prepare() returns the statement made for the same SQL before.
// Reuse is safe for all() and run(), which finish before the driver returns; a streamed query (iterate)
// may still be open when the same SQL runs again, so it gets a statement of its own.
import type Database from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

export function cacheStatements(sqlite: Database.Database, capacity: number): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const known = cache.get(sql);
      if (known) {
        // Least recently used first in the Map's order: re-inserting marks it used.
        cache.delete(sql);
        cache.set(sql, known);
        return known;
      }
      const statement = reusableStatement(sqlite, sql);
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

function reusableStatement(sqlite: Database.Database, sql: string): SqliteStatement {
  const prepared = sqlite.prepare(sql);
  return {
    reader: prepared.reader,
    all: (parameters) => prepared.all(...parameters),
    run: (parameters) => prepared.run(...parameters),
    iterate: (parameters) => sqlite.prepare(sql).iterate(...parameters),
  };
}
