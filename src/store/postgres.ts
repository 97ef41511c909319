// The PostgreSQL store: the same Kysely queries as SQLite (kysely-store.ts) through Kysely's PostgresDialect on
// a pg pool, so several processes (ingest runs, `sitrep worker`s, the API) share one database. Migrations are
// the shared ones plus PostgreSQL's own (migrations/postgres/): a PostGIS point per event when the extension can
// be created, plain latitude/longitude columns when not.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { SitrepError } from "../errors.js";
import { createKyselyStore } from "./kysely-store.js";
import { isMigrated, migrateToLatest } from "./migrations/index.js";
import { preparingShapes } from "./postgres-prepared.js";
import { redactPassword } from "./postgres-url.js";
import { createBatchedPostgresDialect } from "./postgres-write-batch.js";
import { createReplaceNulPlugin } from "./replace-nul.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";
import { describeStoreFault, storeFaultOf } from "./store-faults.js";

// Counts (COUNT(*), bigint columns) come back as strings by default; the store's counts fit a JS number.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** `batched`: the store gets a write batch (postgres-write-batch.ts), for a writer that works one report at a time. */
export async function openPostgresStore(url: string, options: { batched?: boolean } = {}): Promise<Store> {
  const config = { pool: preparingShapes(new pg.Pool({ connectionString: url, max: 4, types })) };
  const { dialect, batch } = options.batched
    ? createBatchedPostgresDialect(config)
    : { dialect: new PostgresDialect(config), batch: undefined };
  const db = new Kysely<Database>({ dialect, plugins: [createReplaceNulPlugin()] });
  try {
    // Kysely's migrator holds an advisory lock on PostgreSQL: two processes opening a new database queue.
    await migrateToLatest(db as Kysely<unknown>, "postgres");
  } catch (error) {
    // A read-only role or server reads a store that needs no migration; each write then says what to do.
    if (storeFaultOf(error) === "store-read-only" && (await isMigrated(db as Kysely<unknown>, "postgres")))
      return createKyselyStore(db, batch);
    await db.destroy();
    throw (
      describeStoreFault(`open database ${redactPassword(url)}`, error) ??
      new SitrepError("store-failed", `cannot open database ${redactPassword(url)}: ${(error as Error).message}`, {
        cause: error,
      })
    );
  }
  return createKyselyStore(db, batch);
}
