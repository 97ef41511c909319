// SQLite transactions that take the write lock when they begin. Kysely's SqliteDriver issues a plain
// (deferred) BEGIN: the transaction reads, then wants to write, and if another connection committed in
// between SQLite answers SQLITE_BUSY_SNAPSHOT at once, whatever the busy timeout, because the reader's
// snapshot is stale. BEGIN IMMEDIATE waits (busy_timeout) for the lock up front, so two writers queue.
// Inside a batch of documents (one commit for several, see store/write-batch.ts) a transaction is a savepoint
// instead: each document stays all-or-nothing while the batch pays for one commit.
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import type { RunStatement } from "./search-queue.js";

/** A batch of documents on the connection: `wanted` while one is open, `started` once its transaction began. */
export type BatchState = { wanted(): boolean; started(): boolean };

/** What runs in a transaction just before it commits (the search index, search-queue.ts). */
export type BeforeCommit = (run: RunStatement) => Promise<void>;

export function createImmediateSqliteDialect(
  config: SqliteDialectConfig,
  batch?: BatchState,
  beforeCommit?: BeforeCommit,
): SqliteDialect {
  const run = (connection: DatabaseConnection, statement: string) =>
    connection.executeQuery(CompiledQuery.raw(statement));
  const inBatch = () => batch?.wanted() === true;
  // Subclassing is Kysely's hook for this: the dialect and the driver are classes with no begin option.
  class ImmediateDriver extends SqliteDriver {
    // A batch's transaction begins with its first write, not when it is wanted: the write lock is not held while
    // the batch's first document is read and annotated, so other writers (a review, the API) get in between batches.
    override async beginTransaction(connection: DatabaseConnection): Promise<void> {
      if (inBatch() && !batch!.started()) await run(connection, "begin immediate");
      await run(connection, inBatch() ? "savepoint batched_document" : "begin immediate");
    }
    override async commitTransaction(connection: DatabaseConnection): Promise<void> {
      if (inBatch()) return void (await run(connection, "release batched_document"));
      await beforeCommit?.((statement) => run(connection, statement));
      await run(connection, "commit");
    }
    // SQLite ends the transaction itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM): nothing is left to
    // roll back, and the "no transaction is active" error would hide the one that ended it.
    override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
      try {
        if (!inBatch()) return await super.rollbackTransaction(connection);
        await run(connection, "rollback to batched_document");
        await run(connection, "release batched_document");
      } catch (error) {
        if (!/no transaction is active|no such savepoint/.test((error as Error).message)) throw error;
      }
    }
  }
  class ImmediateDialect extends SqliteDialect {
    override createDriver(): Driver {
      return new ImmediateDriver(config);
    }
  }
  return new ImmediateDialect(config);
}
