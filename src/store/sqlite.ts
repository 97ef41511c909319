// The embedded default: one SQLite file (better-sqlite3) in WAL mode, migrated on open.
import Database from "better-sqlite3";
import { Kysely } from "kysely";
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import { createImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";
import { createKyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrations/index.js";
import { retryWhenBusy } from "./retry-when-busy.js";
import type { Database as Schema } from "./schema.js";
import { cacheStatements } from "./statement-cache.js";
import type { Store } from "./store.js";

export async function openSqliteStore(path: string): Promise<Store> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (error) {
    throw new SitrepError("store-failed", `cannot open database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // The busy timeout first: switching a new file to WAL takes a lock another process may hold.
  sqlite.pragma(`busy_timeout = ${CONFIG.storeBusyTimeoutMs}`);
  await retryWhenBusy(async () => sqlite.pragma("journal_mode = WAL"));
  // In WAL mode NORMAL syncs at checkpoints, not at every commit: a crashed process loses nothing committed and
  // the file stays consistent; only a power cut may drop the last commits, which a re-run stores again.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  const db = new Kysely<Schema>({
    dialect: createImmediateSqliteDialect({ database: cacheStatements(sqlite, CONFIG.storeStatementCacheSize) }),
  });
  await retryWhenBusy(() => migrateHoldingWriteLock(sqlite, db));
  return createKyselyStore(db);
}

/** Kysely's migrator takes no lock on SQLite (one connection, no transactional DDL): two processes opening a
 * new database would both create its tables. Holding the write lock makes the second wait, then find them. */
async function migrateHoldingWriteLock(sqlite: Database.Database, db: Kysely<Schema>): Promise<void> {
  sqlite.exec("begin immediate");
  try {
    await migrateToLatest(db as Kysely<unknown>);
    sqlite.exec("commit");
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("rollback");
    throw error;
  }
}
