// The embedded default: one SQLite file (better-sqlite3) in WAL mode, migrated on open.
import Database from "better-sqlite3";
import { Kysely } from "kysely";
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import { type BatchState, type BeforeCommit, createImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";
import { createKyselyStore } from "./kysely-store.js";
import { isMigrated, migrateToLatest } from "./migrations/index.js";
import { retryWhenBusy } from "./retry-when-busy.js";
import type { Database as Schema } from "./schema.js";
import { INDEX_QUEUED_EVENTS, indexQueuedEvents } from "./search-queue.js";
import { cacheStatements } from "./statement-cache.js";
import type { Store } from "./store.js";
import { describeStoreFault, storeFaultOf } from "./store-faults.js";
import { createSqliteWriteBatch } from "./write-batch.js";

export async function openSqliteStore(path: string): Promise<Store> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (error) {
    throw new SitrepError("store-failed", `cannot open database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return await createSqliteStore(sqlite);
  } catch (error) {
    sqlite.close();
    if (storeFaultOf(error) === "store-read-only") return openReadOnly(path);
    throw describeStoreFault(`open database ${path}`, error) ?? error;
  }
}

/** The store on an open connection: tests that set a PRAGMA of their own (max_page_count) hold it. */
export async function createSqliteStore(sqlite: Database.Database): Promise<Store> {
  // The busy timeout first: switching a new file to WAL takes a lock another process may hold.
  sqlite.pragma(`busy_timeout = ${CONFIG.storeBusyTimeoutMs}`);
  await retryWhenBusy(async () => sqlite.pragma("journal_mode = WAL"));
  // In WAL mode NORMAL syncs at checkpoints, not at every commit: a crashed process loses nothing committed and
  // the file stays consistent; only a power cut may drop the last commits, which a re-run stores again.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma(`wal_autocheckpoint = ${CONFIG.storeWalAutocheckpointPages}`);
  sqlite.pragma(`journal_size_limit = ${CONFIG.storeWalSizeLimitBytes}`);
  // Each document of a batch is a savepoint (write-batch.ts), and a savepoint keeps the first image of every page it
  // changes in a sub-journal, written to a temporary file once past 64 KB: a write call per page, 44% of the CPU of
  // raw inserts at 50 documents a commit (bench/RESULTS.md, store-inserts). In memory, the sub-journal is cut back
  // at each release, so it holds one document's pages at most.
  sqlite.pragma("temp_store = MEMORY");
  // Left at SQLite's defaults, each measured (bench/RESULTS.md, write-speed): page_size (a new event dirties one leaf
  // per index whatever its size), cache_size and mmap_size (no change beyond the noise; mmap turns an I/O error into a
  // crash).
  sqlite.pragma("foreign_keys = ON");
  const batch = createSqliteWriteBatch(sqlite, indexQueuedEvents);
  const db = kyselyOf(sqlite, batch.state, indexQueuedEvents);
  batch.attach(db as Kysely<unknown>);
  await retryWhenBusy(() => migrateHoldingWriteLock(sqlite, db));
  return createKyselyStore(db, batch);
}

/** A file this user may not write (an archive shared read-only) is read as it is when it needs no migration; each write then fails with the read-only fault and what to do. */
async function openReadOnly(path: string): Promise<Store> {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma(`busy_timeout = ${CONFIG.storeBusyTimeoutMs}`);
  const db = kyselyOf(sqlite);
  // A folder that may not be written holds no -shm file to read a WAL database through: that is a fault too.
  const migrated = await isMigrated(db as Kysely<unknown>).catch(async (error) => {
    await db.destroy();
    throw describeStoreFault(`open database ${path}`, error) ?? error;
  });
  if (!migrated) {
    await db.destroy();
    throw new SitrepError(
      "store-read-only",
      `cannot open database ${path}: it may not be written, and this version of sitrep must first migrate it: give this user write access to the file and its folder, open it once, then take the access back`,
    );
  }
  return createKyselyStore(db);
}

function kyselyOf(sqlite: Database.Database, batch?: BatchState, beforeCommit?: BeforeCommit): Kysely<Schema> {
  return new Kysely<Schema>({
    dialect: createImmediateSqliteDialect(
      { database: cacheStatements(sqlite, CONFIG.storeStatementCacheSize) },
      batch,
      beforeCommit,
    ),
  });
}

/** Kysely's migrator takes no lock on SQLite (one connection, no transactional DDL): two processes opening a
 * new database would both create its tables. Holding the write lock makes the second wait, then find them. */
async function migrateHoldingWriteLock(sqlite: Database.Database, db: Kysely<Schema>): Promise<void> {
  sqlite.exec("begin immediate");
  try {
    await migrateToLatest(db as Kysely<unknown>);
    // What a writer left queued for the search index without indexing it (one that wrote past the store).
    for (const statement of INDEX_QUEUED_EVENTS) sqlite.exec(statement);
    sqlite.exec("commit");
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("rollback");
    throw error;
  }
}
