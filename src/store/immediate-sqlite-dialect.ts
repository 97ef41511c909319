// SQLite transactions that take the write lock when they begin. Kysely's SqliteDriver issues a plain
// (deferred) BEGIN: the transaction reads, then wants to write, and if another connection committed in
// between SQLite answers SQLITE_BUSY_SNAPSHOT at once, whatever the busy timeout, because the reader's
// snapshot is stale. BEGIN IMMEDIATE waits (busy_timeout) for the lock up front, so two writers queue.
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

export function createImmediateSqliteDialect(config: SqliteDialectConfig): SqliteDialect {
  // Subclassing is Kysely's hook for this: the dialect and the driver are classes with no begin option.
  class ImmediateDriver extends SqliteDriver {
    override async beginTransaction(connection: DatabaseConnection): Promise<void> {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    }
    // SQLite ends the transaction itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM): nothing is left to
    // roll back, and the "no transaction is active" error would hide the one that ended it.
    override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
      try {
        await super.rollbackTransaction(connection);
      } catch (error) {
        if (!/no transaction is active/.test((error as Error).message)) throw error;
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
