// A write batch on PostgreSQL (store/write-batch.ts has SQLite's): while it is open every query of the store runs on
// one held connection inside one transaction, and each of the store's own transactions becomes a savepoint in it.
// The API's write worker opens one per posted report, so the document and its merge commit together or not at all:
// a merge that fails no longer leaves the report stored without incidents. Opt-in (`openPostgresStore(url, {
// batched: true })`): a pool shared by concurrent work (ingest, `sitrep worker`) keeps one transaction per document.
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
} from "kysely";
import type { WriteBatch } from "./write-batch.js";

const SAVEPOINT = "batched_document";

/** The driver's own connection type, which Kysely does not export. */
type PgConnection = Parameters<PostgresDriver["releaseConnection"]>[0];

/** The dialect for `config`, and the batch it serves. */
export function createBatchedPostgresDialect(config: PostgresDialectConfig): {
  dialect: PostgresDialect;
  batch: WriteBatch;
} {
  let wanted = false;
  let held: DatabaseConnection | undefined;
  let driver: BatchedDriver | undefined;
  const run = (connection: DatabaseConnection, statement: string) =>
    connection.executeQuery(CompiledQuery.raw(statement));
  // Subclassing is Kysely's hook here too: the driver decides which connection a query gets and how it begins.
  class BatchedDriver extends PostgresDriver {
    override async acquireConnection(): Promise<DatabaseConnection> {
      if (!wanted) return super.acquireConnection();
      // The batch's transaction begins with its first query, so an idle batch holds no connection.
      if (!held) {
        const connection = await super.acquireConnection();
        await run(connection, "begin");
        held = connection;
      }
      return held;
    }
    override async releaseConnection(connection: DatabaseConnection): Promise<void> {
      if (connection !== held) await super.releaseConnection(connection as PgConnection);
    }
    override async beginTransaction(connection: DatabaseConnection, settings: object): Promise<void> {
      if (connection === held) await run(connection, `savepoint ${SAVEPOINT}`);
      else await super.beginTransaction(connection, settings);
    }
    override async commitTransaction(connection: DatabaseConnection): Promise<void> {
      if (connection === held) await run(connection, `release savepoint ${SAVEPOINT}`);
      else await super.commitTransaction(connection as PgConnection);
    }
    override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
      if (connection !== held) return super.rollbackTransaction(connection as PgConnection);
      await run(connection, `rollback to savepoint ${SAVEPOINT}`);
      await run(connection, `release savepoint ${SAVEPOINT}`);
    }
    /** Ends the held transaction with `statement` and gives its connection back to the pool. */
    async end(statement: "commit" | "rollback"): Promise<void> {
      wanted = false;
      const connection = held;
      if (!connection) return;
      held = undefined;
      try {
        const { rows } = await run(connection, statement);
        // PostgreSQL answers COMMIT with a ROLLBACK tag when an earlier error aborted the transaction.
        if (statement === "commit" && (rows[0] as { command?: string } | undefined)?.command === "ROLLBACK")
          throw new Error("the batch's transaction was aborted by an earlier error and rolled back");
      } catch (error) {
        if (statement === "commit") await run(connection, "rollback").catch(() => {});
        throw error;
      } finally {
        await super.releaseConnection(connection as PgConnection);
      }
    }
  }
  class BatchedDialect extends PostgresDialect {
    override createDriver(): Driver {
      driver = new BatchedDriver(config);
      return driver;
    }
  }
  const batch: WriteBatch = {
    async begin() {
      wanted = true;
    },
    commit: async () => (driver ? driver.end("commit") : void (wanted = false)),
    rollback: async () => (driver ? driver.end("rollback") : void (wanted = false)),
  };
  return { dialect: new BatchedDialect(config), batch };
}
