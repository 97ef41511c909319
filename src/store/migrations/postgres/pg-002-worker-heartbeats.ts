// `sitrep worker` pools say they are alive here every few seconds (src/worker/reclaim-jobs.ts), so the job of a
// pool that stopped (killed, machine lost) is freed in seconds instead of graphile-worker's 4 hours.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("sitrep_worker_heartbeats")
    .addColumn("pool_id", "text", (c) => c.primaryKey())
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("pid", "integer", (c) => c.notNull())
    .addColumn("seen_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("sitrep_worker_heartbeats").ifExists().execute();
}
