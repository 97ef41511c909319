// The embedded default: one SQLite file (better-sqlite3) in WAL mode, migrated on open.
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { SitrepError } from "../errors.js";
import { createKyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrations/index.js";
import type { Database as Schema } from "./schema.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "sitrep.db";

export async function openSqliteStore(path: string): Promise<Store> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (error) {
    throw new SitrepError("store-failed", `cannot open database ${path}: ${(error as Error).message}`, { cause: error });
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>);
  return createKyselyStore(db);
}

/** --db, then SITREP_DB, then ./sitrep.db. */
export function resolveDbPath(option?: string): string {
  return option ?? process.env.SITREP_DB ?? DEFAULT_DB;
}
